import type { z } from 'zod';
import type { CallSpec, ChangedDomain } from './domains';
import type { VaultState } from './vault';
import { agendaCalls } from './agenda';
import { attendanceCalls } from './attendance';
import { backupCalls } from './backups';
import { bodyCalls } from './bodies';
import { countryCalls } from './countries';
import { documentCalls } from './documents';
import { eventCalls } from './events';
import { icsCalls } from './ics';
import { importCalls } from './imports';
import { invitationCalls } from './invitations';
import { nominationCalls } from './nominations';
import { organisationCalls } from './organisations';
import { outcomeCalls } from './outcomes';
import { projectCalls } from './projects';
import { peopleCalls } from './people';
import { rosterCalls } from './roster';
import { settingsCalls } from './settings';
import { exchangeCalls } from './exchange';
import { systemCalls } from './system';
import { vaultCalls } from './vault';

/**
 * Every call the renderer can make, declared once: the main process, the loopback
 * server and the renderer's client all take their names and types from here.
 */
export const contract = {
  ...vaultCalls,
  ...backupCalls,
  ...systemCalls,
  ...countryCalls,
  ...organisationCalls,
  ...peopleCalls,
  ...eventCalls,
  ...bodyCalls,
  ...icsCalls,
  ...settingsCalls,
  ...exchangeCalls,
  ...rosterCalls,
  ...importCalls,
  ...attendanceCalls,
  ...agendaCalls,
  ...outcomeCalls,
  ...documentCalls,
  ...invitationCalls,
  ...nominationCalls,
  ...projectCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type CallArgs<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>;

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The domains a call changes, as its contract declares them; none for a call that only reads. */
export function changesOf(name: CallName): readonly ChangedDomain[] {
  const spec: CallSpec = contract[name];
  return spec.mutates ? spec.changes : [];
}

/** Events pushed from the main process to every window. */
export interface PushEvents {
  /** Data of these domains changed: views showing them should reload. */
  'data.changed': { domains: ChangedDomain[] };
  /** The store was locked, unlocked, created or found damaged. */
  'vault.changed': VaultState;
  /** Long work on the whole store (converting, rotating the key, restoring): how far it has gone. */
  'vault.progress': { task: 'convert' | 'rotate' | 'restore' | 'backup'; done: number; total: number };
}
export type PushEventName = keyof PushEvents;
export const pushEventNames: readonly PushEventName[] = ['data.changed', 'vault.changed', 'vault.progress'];

export * from './agenda';
export * from './attendance';
export * from './backups';
export * from './bodies';
export * from './common';
export * from './countries';
export * from './documents';
export * from './domains';
export * from './events';
export * from './ics';
export * from './imports';
export * from './indicators';
export * from './invitations';
export * from './nominations';
export * from './organisations';
export * from './outcomes';
export * from './projects';
export * from './people';
export * from './report-issues';
export * from './roster';
export * from './settings';
export * from './exchange';
export * from './system';
export * from './vault';
