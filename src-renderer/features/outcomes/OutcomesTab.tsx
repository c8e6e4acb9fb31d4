import type { LiaisonEvent } from '../../../src-shared/contract';

/** Conclusions, decisions and action items of one event. */
export function OutcomesTab(_props: { event: LiaisonEvent }) {
  return null;
}
