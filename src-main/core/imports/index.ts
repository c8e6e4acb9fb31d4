import type { importCalls } from '../../../src-shared/contract';
import type { Handlers } from '../dispatch';
import type { Store } from '../store/open';

/** The handlers of the directory import calls. */
export function importHandlers(_db: Store): Pick<Handlers, keyof typeof importCalls> {
  return {};
}
