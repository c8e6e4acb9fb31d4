import type { CallName } from '../../src-shared/contract';
import type { Handlers } from './dispatch';
import type { Store } from './store/open';
import type { OnChange } from './store/table';

/** What every domain is built on: the open store, and who hears of each row its writers change. */
export interface DomainContext {
  db: Store;
  onChange: OnChange;
}

/** The names of the calls one contract file declares: `CallsOf<typeof peopleCalls>`. */
export type CallsOf<Calls> = keyof Calls & CallName;

/**
 * What each core/<domain>/index.ts returns: the handlers of exactly the calls of its contract
 * file, and what other domains may use of it (a reader, a writer).
 */
export interface DomainModule<C extends CallName, Api = Record<never, never>> {
  handlers: Pick<Handlers, C>;
  api: Api;
}
