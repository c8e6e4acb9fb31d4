import { useCallback, useEffect, useState } from 'react';
import type { SeriesSummary } from '../../../src-shared/contract';
import { invoke } from '../../lib/client';
import { useDataChanged } from '../../lib/events';

/** The meeting series of one body, for the event form's series picker. */
export function useBodySeries(bodyId: string): SeriesSummary[] {
  const [loaded, setLoaded] = useState<{ bodyId: string; series: SeriesSummary[] } | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useDataChanged(['bodies'], reload);

  useEffect(() => {
    if (!bodyId) return;
    let live = true;
    invoke('bodies.get', { id: bodyId })
      .then((body) => live && setLoaded({ bodyId, series: body.series }))
      .catch(() => live && setLoaded({ bodyId, series: [] }));
    return () => {
      live = false;
    };
  }, [bodyId, version]);

  return bodyId && loaded?.bodyId === bodyId ? loaded.series : [];
}
