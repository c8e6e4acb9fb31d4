import type { vaultCalls } from '../../../src-shared/contract';
import type { CallsOf, DomainModule } from '../domain';
import type { Vault } from './session';

export { Vault, type VaultOptions } from './session';

/** The passphrase, the lock and the key: the only calls answered while the store is locked. */
export function vaultDomain(vault: Vault): DomainModule<CallsOf<typeof vaultCalls>> {
  const shown = async (recoveryCode: Promise<string>) => ({ recoveryCode: await recoveryCode, state: vault.state() });
  return {
    handlers: {
      'vault.state': () => vault.state(),
      'vault.activity': () => vault.state(),
      'vault.create': ({ passphrase }) => shown(vault.create(passphrase)),
      'vault.unlock': async ({ passphrase }) => (await vault.unlock(passphrase), vault.state()),
      'vault.recover': ({ recoveryCode, newPassphrase }) => shown(vault.recover(recoveryCode, newPassphrase)),
      'vault.lock': async () => (await vault.lock(), vault.state()),
      'vault.changePassphrase': async ({ current, next }) => (await vault.changePassphrase(current, next), vault.state()),
      'vault.rotateKey': ({ passphrase }) => shown(vault.rotateKey(passphrase)),
      'vault.setIdleLock': async ({ minutes }) => (await vault.setIdleLock(minutes), vault.state()),
    },
    api: {},
  };
}
