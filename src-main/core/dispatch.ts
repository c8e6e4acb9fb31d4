import type { z } from 'zod';
import { type CallArgs, type CallName, type CallOutput, type ChangedDomain, changesOf, contract, isCallName } from '../../src-shared/contract';
import { AppError, type AppErrorData, type FieldIssue, type Result } from '../../src-shared/errors';

export type Handlers = { [K in CallName]: (args: CallArgs<K>) => CallOutput<K> | Promise<CallOutput<K>> };

export type Dispatch = (name: string, input: unknown) => Promise<Result<unknown>>;

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Turns anything thrown into error data; unknown errors are logged here and never cross the boundary. */
export function toErrorData(error: unknown, log: (e: unknown) => void = console.error): AppErrorData {
  if (error instanceof AppError) return error.toData();
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return { code: 'conflict', message: 'This change conflicts with data already stored' };
  }
  log(error);
  return { code: 'internal', message: 'Something went wrong inside Liaison. Nothing was changed.' };
}

/**
 * The one entry point of every transport: checks the name, validates the input with the
 * contract, runs the handler, and returns a Result. It never throws.
 */
export interface DispatchHooks {
  /** After a write succeeded: the domains its contract says it changes (none for the vault's own calls). */
  onMutation?: (name: CallName, changed: readonly ChangedDomain[]) => void;
  /** Refuses a call before its input is even read, e.g. while the store is locked. */
  gate?: (name: CallName, mutates: boolean) => AppErrorData | null;
}

export function createDispatch(handlers: Handlers, hooks: DispatchHooks = {}): Dispatch {
  return async (name, input) => {
    if (!isCallName(name)) {
      return { ok: false, error: { code: 'not_found', message: `Unknown call: ${name}` } };
    }
    const spec = contract[name];
    const refused = hooks.gate?.(name, spec.mutates);
    if (refused) return { ok: false, error: refused };
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
      const first = issues[0];
      const message = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : 'Invalid input';
      return { ok: false, error: { code: 'invalid_input', message, details: { issues } } };
    }
    try {
      const handler = handlers[name] as (args: unknown) => unknown;
      const data = await handler(parsed.data);
      if (spec.mutates) hooks.onMutation?.(name, changesOf(name));
      return { ok: true, data };
    } catch (error) {
      return { ok: false, error: toErrorData(error) };
    }
  };
}
