import type { CallInput, LiaisonEvent } from '../../../src-shared/contract';
import type { FieldIssue } from '../../../src-shared/errors';
import { ClientError, invoke } from '../../lib/client';
import type { RecordCalls } from '../../lib/useRecordEditor';
import { validate } from '../../lib/validate';
import { eventRules } from './draft';

export type EventInput = CallInput<'events.create'>;

/** Stops a save the user must confirm first, with the issues that say why. */
export type Hold = (input: EventInput) => Promise<FieldIssue[]>;

const check = (input: EventInput) => [...validate('events.create', input), ...eventRules(input)];

/**
 * The contract's schema and the service's own rules (a title unless in a series, an end after the
 * start), checked before sending; then `hold`, which stops a save the user must confirm first.
 */
async function checked<T>(input: EventInput, hold: Hold, send: () => Promise<T>): Promise<T> {
  const issues = check(input);
  if (!issues.length) issues.push(...(await hold(input)));
  if (issues.length) throw new ClientError({ code: 'invalid_input', message: 'Some fields need attention.', details: { issues } });
  return send();
}

export function eventCalls(hold: Hold): RecordCalls<LiaisonEvent, EventInput> {
  return {
    get: (id) => invoke('events.get', { id }),
    create: (input) => checked(input, hold, () => invoke('events.create', input)),
    update: (input, target) => checked(input, hold, () => invoke('events.update', { ...input, ...target })),
    remove: (id) => invoke('events.delete', { id }),
    validate: check,
  };
}
