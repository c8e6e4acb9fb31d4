import type { Agenda, agendaCalls } from '../../../src-shared/contract';
import type { CallsOf, DomainContext, DomainModule } from '../domain';
import type { EventsService } from '../events';
import { participationsWriter } from '../roster';
import { agendaEditor } from './edit';
import { agendaReader } from './read';
import { agendaReuse } from './reuse';
import { agendaWriter } from './writer';

export { agendaWriter, type AgendaWriter } from './writer';

/** An event's agenda (days, sessions, items, speakers), the next meeting made from it, and templates. */
export function agendaDomain(
  context: DomainContext,
  deps: { events: EventsService },
): DomainModule<CallsOf<typeof agendaCalls>, { get(eventId: string): Agenda }> {
  const writer = agendaWriter(context);
  const participations = participationsWriter(context);
  const reader = agendaReader(context.db);
  const edit = agendaEditor(context, reader, writer, participations);
  const reuse = agendaReuse(context, reader, { agenda: writer, participations }, deps.events);
  return {
    handlers: {
      'agenda.get': ({ eventId }) => reader.get(eventId),
      'agenda.setDayHours': (args) => edit.setDayHours(args),
      'agenda.addSession': (args) => edit.addSession(args),
      'agenda.updateSession': (args) => edit.updateSession(args),
      'agenda.deleteSession': ({ id }) => edit.deleteSession(id),
      'agenda.splitSession': (args) => edit.splitSession(args),
      'agenda.addItem': (args) => edit.addItem(args),
      'agenda.updateItem': (args) => edit.updateItem(args),
      'agenda.deleteItem': ({ id }) => edit.deleteItem(id),
      'agenda.moveItem': (args) => edit.moveItem(args),
      'agenda.carryOver': (args) => reuse.carryOver(args),
      'agenda.nextMeeting': (args) => reuse.nextMeeting(args),
      'agendaTemplates.list': () => reuse.templates(),
      'agendaTemplates.save': (args) => reuse.saveTemplate(args),
      'agendaTemplates.apply': (args) => reuse.applyTemplate(args),
      'agendaTemplates.delete': ({ id }) => reuse.deleteTemplate(id),
    },
    api: { get: reader.get },
  };
}
