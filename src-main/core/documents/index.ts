import type { Agenda, documentCalls, LiaisonEvent, Outcome, ActionItem } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { Handlers } from '../dispatch';

const todo = (): never => {
  throw new AppError('internal', 'Not built yet');
};

export interface DocumentSources {
  event(id: string): LiaisonEvent;
  agenda(eventId: string): Agenda;
  outcomes(eventId: string): { outcomes: Outcome[]; actions: ActionItem[] };
  /** Given by the Electron shell, which can print HTML to PDF; absent over loopback. */
  printToPdf?: (html: string) => Promise<Buffer>;
}

/** The handlers of the document export calls. */
export function documentHandlers(_sources: DocumentSources): Pick<Handlers, keyof typeof documentCalls> {
  return {
    'documents.html': todo,
    'documents.docx': todo,
    'documents.pdf': todo,
  };
}
