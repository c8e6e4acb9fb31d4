import type { CallInput, CallName, CallOutput, PushEventName, PushEvents } from '../../src-shared/contract';
import type { LiaisonBridge } from '../../src-shared/bridge';
import { isAppErrorData, type AppErrorData, type FieldIssue, type Result } from '../../src-shared/errors';
import { translateIssue } from '../i18n';

declare global {
  interface Window {
    /** Present only inside Electron, exposed by the preload script. */
    liaison?: LiaisonBridge;
  }
}

/** A call that came back as an error result; carries the contract's error data. */
export class ClientError extends Error {
  readonly data: AppErrorData;
  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'ClientError';
    this.data = data;
  }
  get code(): AppErrorData['code'] {
    return this.data.code;
  }
  get issues(): FieldIssue[] {
    return this.data.details?.issues ?? [];
  }
}

/**
 * A refused call as the interface shows it: the main process writes its messages in English, so the
 * message and each field's are put in the interface language here, the one place every screen gets them from.
 */
export function toAppError(error: unknown): AppErrorData {
  const data: AppErrorData =
    error instanceof ClientError ? error.data : isAppErrorData(error) ? error : { code: 'internal', message: error instanceof Error ? error.message : String(error) };
  const issues = data.details?.issues;
  return {
    ...data,
    message: translateIssue(data.message),
    ...(issues && { details: { ...data.details, issues: issues.map((issue) => ({ ...issue, message: translateIssue(issue.message) })) } }),
  };
}

export type TransportKind = 'electron' | 'loopback' | 'none';

type Listener<E extends PushEventName> = (payload: PushEvents[E]) => void;

interface Transport {
  kind: TransportKind;
  invoke(name: CallName, input: unknown): Promise<Result<unknown>>;
  on<E extends PushEventName>(event: E, listener: Listener<E>): () => void;
}

const TOKEN_KEY = 'liaison.token';

/** Takes the token from `#token=…` once, keeps it for reloads, and hides it from the address bar. */
function takeToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    try {
      sessionStorage.setItem(TOKEN_KEY, token);
    } catch {
      // Storage can be disabled; the token still works for this page's life.
    }
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', pathname + search);
    return token;
  }
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function electronTransport(bridge: LiaisonBridge): Transport {
  return {
    kind: 'electron',
    async invoke(name, input) {
      try {
        return (await bridge.invoke(name, input as never)) as Result<unknown>;
      } catch (error) {
        return unreachable(error instanceof Error ? error.message : String(error));
      }
    },
    on: (event, listener) => bridge.on(event, listener),
  };
}

const unreachable = (message: string): Result<never> => ({ ok: false, error: { code: 'internal', message } });

function loopbackTransport(token: string): Transport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let streaming = false;

  const emit = (event: string, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) {
      try {
        listener(payload);
      } catch (error) {
        console.error(error);
      }
    }
  };

  async function streamEvents(): Promise<void> {
    let connectedBefore = false;
    for (;;) {
      try {
        const response = await fetch('/events', {
          headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
          cache: 'no-store',
        });
        if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
        // Anything may have changed while the stream was down.
        if (connectedBefore) emit('data.changed', { domains: ['*'] });
        connectedBefore = true;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value.replace(/\r\n?/g, '\n');
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            dispatchSse(buffer.slice(0, end), emit);
            buffer = buffer.slice(end + 2);
          }
        }
      } catch (error) {
        console.warn('Liaison event stream interrupted', error);
      }
      await new Promise((resolve) => setTimeout(resolve, 3000));
    }
  }

  return {
    kind: 'loopback',
    async invoke(name, input) {
      let response: Response;
      try {
        response = await fetch(`/rpc/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
          cache: 'no-store',
        });
      } catch {
        return unreachable('The Liaison service cannot be reached. Is it still running?');
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        return unreachable(`The Liaison service answered with HTTP ${response.status}.`);
      }
      if (response.ok && body && typeof body === 'object' && 'data' in body) return { ok: true, data: body.data };
      if (body && typeof body === 'object' && 'error' in body && isAppErrorData(body.error)) return { ok: false, error: body.error };
      return unreachable(`The Liaison service answered with HTTP ${response.status}.`);
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as (payload: unknown) => void);
      if (!streaming) {
        streaming = true;
        void streamEvents();
      }
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
}

/** One Server-Sent Events block: `event:` names it (else the JSON's own `event`), `data:` lines carry JSON. */
function dispatchSse(block: string, emit: (event: string, payload: unknown) => void): void {
  let event = '';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (!line || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  if (data.length === 0) return;
  let payload: unknown;
  try {
    payload = JSON.parse(data.join('\n'));
  } catch {
    return;
  }
  if (!event && payload && typeof payload === 'object' && 'event' in payload && typeof payload.event === 'string') {
    event = payload.event;
    payload = 'payload' in payload ? payload.payload : payload;
  }
  if (event) emit(event, payload);
}

function noTransport(): Transport {
  return {
    kind: 'none',
    invoke: async () => unreachable('Liaison was opened without its access token. Open it again from its launcher.'),
    on: () => () => {},
  };
}

function pickTransport(): Transport {
  if (typeof window !== 'undefined' && window.liaison) return electronTransport(window.liaison);
  const token = typeof window !== 'undefined' ? takeToken() : null;
  return token ? loopbackTransport(token) : noTransport();
}

const transport = pickTransport();

export const transportKind: TransportKind = transport.kind;

/**
 * The contract's schemas (zod and every call's input) are a chunk of their own, fetched in the
 * background by the first call, so the first screen is drawn without them. Until they are here,
 * calls go unchecked to the service, which checks every input against the same schemas anyway.
 */
let check: typeof import('./validate').validate | null = null;
let checking: Promise<unknown> | null = null;
function schemas(): typeof check {
  checking ??= import('./validate').then(
    (module) => (check = module.validate),
    (error: unknown) => console.error(error),
  );
  return check;
}

const lockedListeners = new Set<() => void>();

/** Runs `listener` whenever a call is refused because the store is locked (the idle lock may have closed it). */
export function onLockedAnswer(listener: () => void): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

/** Calls the contract; resolves with the output or throws a {@link ClientError}. */
export async function invoke<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const issues = schemas()?.(name, input) ?? [];
  if (issues.length > 0) {
    throw new ClientError({ code: 'invalid_input', message: 'Some fields need attention.', details: { issues } });
  }
  const result = await transport.invoke(name, input);
  if (!result.ok) {
    if (result.error.code === 'locked') for (const listener of lockedListeners) listener();
    throw new ClientError(result.error);
  }
  return result.data as CallOutput<K>;
}

export function on<E extends PushEventName>(event: E, listener: Listener<E>): () => void {
  return transport.on(event, listener);
}
