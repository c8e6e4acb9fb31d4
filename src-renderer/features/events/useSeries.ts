import type { SeriesSummary } from '../../../src-shared/contract';
import { useCall } from '../../lib/useCall';

/** The meeting series of one body, for the event form's series picker. */
export function useBodySeries(bodyId: string): SeriesSummary[] {
  const body = useCall('bodies.get', bodyId ? { id: bodyId } : null, { watch: ['bodies'] });
  return body.error ? [] : (body.data?.series ?? []);
}
