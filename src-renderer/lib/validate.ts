import type { z } from 'zod';
import { contract, type CallInput, type CallName } from '../../src-shared/contract';
import type { FieldIssue } from '../../src-shared/errors';

/** Zod issues in the contract's own shape: dotted paths like `emails.1`. */
export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Checks an input against the contract without sending it. */
export function validate<K extends CallName>(name: K, input: CallInput<K>): FieldIssue[] {
  const schema = contract[name].input as z.ZodType;
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : zodIssues(parsed.error);
}
