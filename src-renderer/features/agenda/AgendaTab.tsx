import type { LiaisonEvent } from '../../../src-shared/contract';

/** Days → sessions → items of one event, built by keyboard and drag. */
export function AgendaTab(_props: { event: LiaisonEvent }) {
  return null;
}
