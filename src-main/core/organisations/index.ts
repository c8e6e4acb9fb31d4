import type { organisationCalls } from '../../../src-shared/contract';
import type { CallsOf, DomainContext, DomainModule } from '../domain';
import { organisationsService } from './service';

export { organisationColumns, organisationsWriter, type OrganisationsRow, type OrganisationsWriter } from './writer';

/** Agencies, ministries and international organisations, nested under their parents. */
export function organisationsDomain(context: DomainContext): DomainModule<CallsOf<typeof organisationCalls>, { kindOf: (id: string) => string | null; recollate: () => void }> {
  const organisations = organisationsService(context);
  return {
    handlers: {
      'organisations.list': (args) => organisations.list(args),
      'organisations.options': () => organisations.options(),
      'organisations.get': ({ id }) => organisations.get(id),
      'organisations.create': (args) => organisations.create(args),
      'organisations.update': (args) => organisations.update(args),
      'organisations.delete': ({ id }) => organisations.delete(id),
    },
    api: {
      recollate: () => organisations.writer.rederive(['collation_key']),
      kindOf: (id: string) => {
        try {
          return organisations.get(id).kind;
        } catch {
          return null;
        }
      },
    },
  };
}
