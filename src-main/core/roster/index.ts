import type { rosterCalls } from '../../../src-shared/contract';
import type { Handlers } from '../dispatch';
import type { Store } from '../store/open';

/** The handlers of the roster calls. */
export function rosterHandlers(_db: Store): Pick<Handlers, keyof typeof rosterCalls> {
  return {};
}
