import type { rosterCalls } from '../../../src-shared/contract';
import type { Handlers } from '../dispatch';
import type { Store } from '../store/open';
import { exportRoster } from './export';
import { rosterService } from './service';

/** The handlers of the roster calls. */
export function rosterHandlers(db: Store): Pick<Handlers, keyof typeof rosterCalls> {
  const roster = rosterService(db);
  return {
    'roster.list': ({ eventId }) => roster.list(eventId),
    'roster.add': (args) => roster.add(args),
    'roster.delegationCandidates': (args) => roster.delegationCandidates(args),
    'roster.addDelegation': (args) => roster.addDelegation(args),
    'roster.inviteMembersPreview': (args) => roster.inviteMembersPreview(args),
    'roster.inviteMembers': (args) => roster.inviteMembers(args),
    'roster.update': (args) => roster.update(args),
    'roster.bulkUpdate': (args) => roster.bulkUpdate(args),
    'roster.remove': (args) => roster.remove(args),
    'roster.export': ({ eventId, format, separator }) => {
      const { title, rows } = roster.rows(eventId);
      return exportRoster(title, rows, format, separator);
    },
  };
}
