import type { BodyKind } from '../../../src-shared/contract';
import { createListView } from '../../lib/listView';

export type BodySort = 'name' | 'kind' | 'parent' | 'members' | 'chair' | 'events';

interface BodyFilters {
  kind: BodyKind | null;
}

/** What the Bodies screen shows; kept while the user visits other sections. */
export const useBodiesView = createListView<BodySort, BodyFilters>({ kind: null }, 'name');
