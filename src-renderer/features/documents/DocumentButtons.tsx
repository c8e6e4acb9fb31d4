import type { DocumentKind } from '../../../src-shared/contract';

/** Print, PDF and Word for the agenda or the outcomes of an event. */
export function DocumentButtons(_props: { eventId: string; document: DocumentKind }) {
  return null;
}
