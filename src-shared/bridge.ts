import type { CallInput, CallName, CallOutput, PushEventName, PushEvents } from './contract';
import type { Result } from './errors';

/** What the preload exposes on `window.liaison`: one typed call and one subscription, nothing else. */
export interface LiaisonBridge {
  invoke<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>>;
  on<E extends PushEventName>(event: E, listener: (payload: PushEvents[E]) => void): () => void;
}

export const IPC_CHANNEL_PREFIX = 'rpc:';
export const PUSH_CHANNEL = 'push';
