import type { CallInput, CallName } from '../src-shared/contract';

/** The input argument of a test's call: optional where the contract accepts no input at all. */
export type CallInputArg<K extends CallName> = {} extends CallInput<K> ? [input?: CallInput<K>] : [input: CallInput<K>];
