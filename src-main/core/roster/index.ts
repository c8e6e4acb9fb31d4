import type { RosterList, rosterCalls } from '../../../src-shared/contract';
import type { CallsOf, DomainContext, DomainModule } from '../domain';
import { exportRoster } from './export';
import { rosterService } from './service';
import { participationsWriter } from './writer';

export { invited, participationsWriter, type ParticipationsRow, type ParticipationsWriter } from './writer';

/** Who is invited to an event, whom they represent, and whether they came. */
export function rosterDomain(context: DomainContext): DomainModule<CallsOf<typeof rosterCalls>, { list: (eventId: string) => RosterList }> {
  const roster = rosterService(context, participationsWriter(context));
  return {
    handlers: {
      'roster.list': ({ eventId }) => roster.list(eventId),
      'roster.add': (args) => roster.add(args),
      'roster.delegationCandidates': (args) => roster.delegationCandidates(args),
      'roster.addDelegation': (args) => roster.addDelegation(args),
      'roster.inviteMembersPreview': (args) => roster.inviteMembersPreview(args),
      'roster.inviteMembers': (args) => roster.inviteMembers(args),
      'roster.update': (args) => roster.update(args),
      'roster.bulkUpdate': (args) => roster.bulkUpdate(args),
      'roster.remove': (args) => roster.remove(args),
      'roster.export': ({ eventId, format, separator, language }) => {
        const { title, rows } = roster.rows(eventId);
        return exportRoster(title, rows, format, { separator, language });
      },
    },
    api: { list: (eventId: string) => roster.list(eventId) },
  };
}
