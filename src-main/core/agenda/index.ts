import type { agendaCalls } from '../../../src-shared/contract';
import type { Handlers } from '../dispatch';
import type { EventsService } from '../services/events';
import type { Store } from '../store/open';
import { agendaReuse } from './reuse';
import { agendaService } from './service';

/** The handlers of the agenda and template calls, and the agenda reader other modules build on. */
export function agendaModule(db: Store, events: EventsService) {
  const agenda = agendaService(db);
  const reuse = agendaReuse(db, agenda, events);
  const handlers: Pick<Handlers, keyof typeof agendaCalls> = {
    'agenda.get': ({ eventId }) => agenda.get(eventId),
    'agenda.setDayHours': (args) => agenda.setDayHours(args),
    'agenda.addSession': (args) => agenda.addSession(args),
    'agenda.updateSession': (args) => agenda.updateSession(args),
    'agenda.deleteSession': ({ id }) => agenda.deleteSession(id),
    'agenda.splitSession': (args) => agenda.splitSession(args),
    'agenda.addItem': (args) => agenda.addItem(args),
    'agenda.updateItem': (args) => agenda.updateItem(args),
    'agenda.deleteItem': ({ id }) => agenda.deleteItem(id),
    'agenda.moveItem': (args) => agenda.moveItem(args),
    'agenda.carryOver': (args) => reuse.carryOver(args),
    'agenda.nextMeeting': (args) => reuse.nextMeeting(args),
    'agendaTemplates.list': () => reuse.templates(),
    'agendaTemplates.save': (args) => reuse.saveTemplate(args),
    'agendaTemplates.apply': (args) => reuse.applyTemplate(args),
    'agendaTemplates.delete': ({ id }) => reuse.deleteTemplate(id),
  };
  return { agenda, handlers };
}
