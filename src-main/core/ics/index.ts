import type { CallArgs, CallOutput } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { EventsService } from '../services/events';
import type { Store } from '../store/open';

// Placeholder: the iCalendar import/export lands next.
export function icsService(_db: Store, _deps: { events: EventsService }) {
  const missing = () => {
    throw new AppError('internal', 'iCalendar import and export are not available yet');
  };
  return {
    preview: (_args: CallArgs<'ics.preview'>): CallOutput<'ics.preview'> => missing(),
    import: (_args: CallArgs<'ics.import'>): CallOutput<'ics.import'> => missing(),
    export: (_args: CallArgs<'ics.export'>): CallOutput<'ics.export'> => missing(),
  };
}
