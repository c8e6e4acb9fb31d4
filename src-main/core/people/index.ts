import type { peopleCalls } from '../../../src-shared/contract';
import { agendaWriter } from '../agenda';
import type { CallsOf, DomainContext, DomainModule } from '../domain';
import { outcomesWriter } from '../outcomes';
import { participationsWriter } from '../roster';
import { participationHistory } from './history';
import { peopleMerge } from './merge';
import { peopleService, type PeopleService } from './service';
import { peopleWriter } from './writer';

export { buildPeopleListQuery, PERSON_BY_ID_SQL, peopleService, type PeopleService } from './service';
export { personColumns, peopleWriter, type PeopleRow, type PeopleWriter } from './writer';

/** The directory of people: search, edit, their history, and merging two records of one person. */
export function peopleDomain(context: DomainContext): DomainModule<CallsOf<typeof peopleCalls>, { people: PeopleService; recollate: () => void }> {
  const writer = peopleWriter(context);
  const people = peopleService(context, writer);
  const merge = peopleMerge(context, people.get, {
    people: writer,
    participations: participationsWriter(context),
    agenda: agendaWriter(context),
    outcomes: outcomesWriter(context),
  });
  const history = participationHistory(context.db);
  return {
    handlers: {
      'people.list': (args) => people.list(args),
      'people.get': ({ id }) => people.get(id),
      'people.create': (args) => people.create(args),
      'people.update': (args) => people.update(args),
      'people.delete': ({ id }) => people.delete(id),
      'people.history': ({ id }) => history(id),
      'people.merge': (args) => merge(args),
    },
    // The sort language changed (`settings.sortLanguage`): every name's key is written again.
    api: { people, recollate: () => writer.rederive(['collation_key', 'family_collation_key', 'country_sort']) },
  };
}
