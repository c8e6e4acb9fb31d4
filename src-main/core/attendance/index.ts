import type { attendanceCalls } from '../../../src-shared/contract';
import type { CallsOf, DomainContext, DomainModule } from '../domain';
import { attendanceMatrix } from './matrix';

/** Who came to the meetings of a body or a series, country by country. */
export function attendanceDomain({ db }: DomainContext): DomainModule<CallsOf<typeof attendanceCalls>> {
  const attendance = attendanceMatrix(db);
  return {
    handlers: {
      'attendance.matrix': (scope) => attendance.matrix(scope),
      'attendance.export': ({ format, ...scope }) => attendance.export(scope, format),
    },
    api: {},
  };
}
