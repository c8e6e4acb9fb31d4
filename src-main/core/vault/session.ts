import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PushEventName, PushEvents, VaultState } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import { backupsIn, replaceStoreFile, type Backups } from '../backups';
import { DATABASE_FILE } from '../paths';
import { KEY_BYTES, type StoreKey } from '../store/cipher';
import { closeStore, ensurePrivateDir, type Store } from '../store/open';
import { Attempts } from './attempts';
import { encryptCopy, encryptLegacyBackups, finishInterruptedConversion, isPlaintextStore, swapIn } from './convert';
import { exportBackup } from './export';
import { DEFAULT_KDF, type KdfParams } from './kdf';
import {
  formatRecoveryCode,
  KEYRING_FILE,
  type Keyring,
  newRecoveryCode,
  passphraseKek,
  passphraseWrap,
  readKeyring,
  recoveryKek,
  sealKey,
  unwrap,
  writeKeyring,
} from './keyring';
import { openWithKeyOrSay, rekeyedCopy } from './rotate';
import { type SystemKeyStore, usable, withSystemWrap } from './system-keys';

export interface VaultOptions {
  dataDir: string;
  kdf?: KdfParams;
  systemKeys?: SystemKeyStore;
  emit<E extends PushEventName>(event: E, payload: PushEvents[E]): void;
  /** The store is open (after an unlock, a restore or a key rotation): build what reads it. */
  opened(db: Store): void;
  /** The store is about to close: drop everything that holds it. */
  closing(): void;
  now?: () => Date;
}

const DEFAULT_IDLE_MINUTES = 15;
const IDLE_CHECK_MS = 30_000;

const locked = () => new AppError('locked', 'Liaison is locked: unlock it with your passphrase.');

/**
 * The store's key and its lifetime: created with a passphrase, unwrapped at unlock, kept only in
 * memory while unlocked, and forgotten at lock. Every operation runs one at a time.
 */
export class Vault {
  readonly storePath: string;
  readonly keyringPath: string;
  readonly backups: Backups;
  private ring: Keyring | null;
  private key: StoreKey | null = null;
  private db: Store | null = null;
  private damaged = false;
  private readonly attempts = new Attempts();
  private lastActivity = Date.now();
  private idleTimer: NodeJS.Timeout | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly kdf: KdfParams;
  private readonly now: () => Date;

  constructor(private readonly options: VaultOptions) {
    ensurePrivateDir(options.dataDir);
    this.storePath = join(options.dataDir, DATABASE_FILE);
    this.keyringPath = join(options.dataDir, KEYRING_FILE);
    this.kdf = options.kdf ?? DEFAULT_KDF;
    this.now = options.now ?? (() => new Date());
    this.backups = backupsIn(join(options.dataDir, 'backups'), () => this.currentKey());
    this.ring = readKeyring(this.keyringPath);
    finishInterruptedConversion(this.storePath, this.ring !== null);
  }

  /** Runs operations one after the other: two unlocks or a lock during a rotation never interleave. */
  private serial<T>(work: () => Promise<T> | T): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  get unlocked(): boolean {
    return this.db !== null;
  }

  get readOnly(): boolean {
    return this.damaged;
  }

  /** The open store, for the services; a call while locked answers `locked`. */
  store(): Store {
    if (!this.db) throw locked();
    return this.db;
  }

  private currentKey(): StoreKey {
    if (!this.key) throw locked();
    return this.key;
  }

  state(): VaultState {
    return {
      status: this.db ? 'unlocked' : this.ring ? 'locked' : 'new',
      plaintextStore: !this.ring && isPlaintextStore(this.storePath),
      damaged: this.damaged,
      retryAfterMs: this.attempts.retryAfterMs(),
      idleLockMinutes: this.ring?.idleLockMinutes ?? DEFAULT_IDLE_MINUTES,
    };
  }

  activity(): void {
    this.lastActivity = Date.now();
  }

  create(passphrase: string): Promise<string> {
    return this.serial(async () => {
      if (this.ring) throw new AppError('conflict', 'This store already has a passphrase: unlock it instead.');
      const plaintext = isPlaintextStore(this.storePath);
      if (!plaintext && existsSync(this.storePath)) {
        throw new AppError(
          'conflict',
          `${this.storePath} is encrypted but its key file ${KEYRING_FILE} is missing. Put the key file back to open it; ` +
            'to start a new store instead, move the data file away first.',
        );
      }
      const key = randomBytes(KEY_BYTES);
      const recoveryCode = newRecoveryCode();
      let converted: string | null = null;
      if (plaintext) {
        this.progress('convert', 0, 3);
        converted = encryptCopy(this.storePath, key);
        this.progress('convert', 1, 3);
      }
      const ring = this.withSystemWrap(await sealKey(key, { passphrase, recoveryCode }, this.kdf, DEFAULT_IDLE_MINUTES), key);
      // The key is stored before the plaintext file is replaced: a crash in between finishes the swap at the next start.
      writeKeyring(this.keyringPath, ring);
      this.ring = ring;
      if (converted) {
        swapIn(converted, this.storePath);
        this.progress('convert', 2, 3);
        encryptLegacyBackups(join(this.options.dataDir, 'backups'), key);
        this.progress('convert', 3, 3);
      }
      await this.open(key);
      return formatRecoveryCode(recoveryCode);
    });
  }

  unlock(passphrase: string): Promise<void> {
    return this.serial(async () => {
      if (this.db) return;
      const ring = this.requireRing();
      this.refuseWhileWaiting();
      const key = unwrap(ring.passphrase, await passphraseKek(ring, passphrase));
      if (!key) this.wrong('passphrase', 'Wrong passphrase. Check Caps Lock and the keyboard layout, or use the recovery code.');
      this.attempts.succeeded();
      await this.open(key);
      this.refreshSystemWrap(key);
    });
  }

  /** At start in Electron: the OS keychain opens the store when the same backend wrapped it. */
  unlockWithSystem(): Promise<boolean> {
    return this.serial(async () => {
      const system = this.options.systemKeys;
      const wrapped = this.ring?.system;
      if (this.db || !wrapped || !usable(system) || system.backend() !== wrapped.backend) return false;
      let key: Buffer;
      try {
        key = system.decrypt(Buffer.from(wrapped.data, 'base64'));
      } catch {
        return false; // The keychain changed or refused: the passphrase still works.
      }
      if (key.length !== KEY_BYTES) return false;
      await this.open(key);
      return true;
    });
  }

  recover(code: string, newPassphrase: string): Promise<string> {
    return this.serial(async () => {
      const ring = this.requireRing();
      this.refuseWhileWaiting();
      const key = unwrap(ring.recovery, recoveryKek(ring, code));
      if (!key) this.wrong('recoveryCode', 'This recovery code does not open the store. Check each group of five.');
      this.attempts.succeeded();
      // The code is used up: a new one replaces it, with the new passphrase.
      const next = newRecoveryCode();
      const fresh = this.withSystemWrap(await sealKey(key, { passphrase: newPassphrase, recoveryCode: next }, this.kdf, ring.idleLockMinutes), key);
      writeKeyring(this.keyringPath, fresh);
      this.ring = fresh;
      if (!this.db) await this.open(key);
      return formatRecoveryCode(next);
    });
  }

  lock(): Promise<void> {
    return this.serial(() => this.close(true));
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.serial(async () => {
      const key = await this.confirmPassphrase(current, 'current');
      const ring = this.requireRing();
      this.ring = { ...ring, passphrase: await passphraseWrap(key, next, this.kdf) };
      writeKeyring(this.keyringPath, this.ring);
    });
  }

  /**
   * Re-encrypts the store under a new key: an encrypted copy (VACUUM INTO) rekeyed and verified,
   * then the new key is stored and the copy swapped in; backups follow. A crash after the key is
   * stored but before the swap is finished at the next unlock.
   */
  rotateKey(passphrase: string): Promise<string> {
    return this.serial(async () => {
      // A copy: closing the store wipes the key it holds.
      const oldKey = Buffer.from(await this.confirmPassphrase(passphrase, 'passphrase'));
      const db = this.writableStore();
      const steps = 4;
      this.progress('rotate', 0, steps);
      this.backups.create(db, 'rotate', this.now());
      const newKey = randomBytes(KEY_BYTES);
      const copy = rekeyedCopy(db, `${this.storePath}.rotating`, oldKey, newKey);
      this.progress('rotate', 1, steps);
      const recoveryCode = newRecoveryCode();
      const ring = this.withSystemWrap(
        await sealKey(newKey, { passphrase, recoveryCode }, this.kdf, this.requireRing().idleLockMinutes),
        newKey,
      );
      this.close(false);
      writeKeyring(this.keyringPath, ring);
      this.ring = ring;
      swapIn(copy, this.storePath);
      this.progress('rotate', 2, steps);
      this.backups.rekeyAll(oldKey, newKey, (done, total) => this.progress('rotate', 2 + done / Math.max(total, 1), steps));
      oldKey.fill(0);
      await this.open(newKey);
      this.progress('rotate', steps, steps);
      return formatRecoveryCode(recoveryCode);
    });
  }

  setIdleLock(minutes: number): Promise<void> {
    return this.serial(() => {
      this.ring = { ...this.requireRing(), idleLockMinutes: minutes };
      writeKeyring(this.keyringPath, this.ring);
    });
  }

  /** Replaces the store by a backup; the current store is backed up first (unless it is too damaged to copy). */
  restore(id: string) {
    return this.serial(async () => {
      const key = this.currentKey();
      const db = this.store();
      const chosen = this.backups.get(id);
      if (chosen.schemaVersion === null) throw new AppError('conflict', 'This backup cannot be read with the current key, or it is damaged.');
      this.progress('restore', 0, 3);
      let safety = null;
      try {
        safety = this.backups.create(db, 'restore', this.now());
      } catch (error) {
        if (!this.damaged) throw error;
      }
      this.progress('restore', 1, 3);
      const keep = Buffer.from(key);
      this.close(false);
      try {
        replaceStoreFile(this.backups.path(id), this.storePath, keep);
      } finally {
        this.progress('restore', 2, 3);
        await this.open(keep);
      }
      this.progress('restore', 3, 3);
      return { restored: chosen, safety };
    });
  }

  /**
   * A backup (or the store as it is now) with the key file beside it, zipped: it stays encrypted and
   * opens with the passphrase (or the recovery code) of the day it was made.
   */
  exportBackup(id: string | undefined): { fileName: string; contentBase64: string } {
    return exportBackup({ db: this.store(), ring: this.requireRing(), backups: this.backups, dataDir: this.options.dataDir, now: this.now() }, id);
  }

  /** Closes the store for good (the app quits). */
  shutdown(): void {
    this.close(false);
  }

  private writableStore(): Store {
    const db = this.store();
    if (this.damaged) throw new AppError('read_only', 'The store is damaged and open read-only: restore a backup first.');
    return db;
  }

  private requireRing(): Keyring {
    if (!this.ring) throw new AppError('conflict', 'No passphrase has been created for this store yet.');
    return this.ring;
  }

  private refuseWhileWaiting(): void {
    const wait = this.attempts.retryAfterMs();
    if (wait > 0) {
      throw new AppError('invalid_input', `Too many wrong attempts: try again in ${Math.ceil(wait / 1000)} s.`, { retryAfterMs: wait });
    }
  }

  private wrong(field: string, message: string): never {
    const retryAfterMs = this.attempts.failed();
    throw new AppError('invalid_input', message, { retryAfterMs, issues: [{ path: field, message }] });
  }

  private async confirmPassphrase(passphrase: string, field: string): Promise<StoreKey> {
    const key = this.currentKey();
    const ring = this.requireRing();
    this.refuseWhileWaiting();
    const unwrapped = unwrap(ring.passphrase, await passphraseKek(ring, passphrase));
    if (!unwrapped || !unwrapped.equals(key)) this.wrong(field, 'Wrong passphrase.');
    this.attempts.succeeded();
    return key;
  }

  private async open(key: StoreKey): Promise<void> {
    this.damaged = false;
    const { db, damaged } = await openWithKeyOrSay(this.storePath, key, (store) => this.backups.create(store, 'migration', this.now()));
    this.damaged = damaged;
    this.key = key;
    this.db = db;
    this.lastActivity = Date.now();
    this.options.opened(db);
    if (!this.damaged && this.backups.dueToday(this.now())) this.backups.create(db, 'daily', this.now());
    this.startIdleTimer();
    this.options.emit('vault.changed', this.state());
  }

  private close(announce: boolean): void {
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.idleTimer = null;
    if (this.db) {
      this.options.closing();
      closeStore(this.db);
    }
    this.db = null;
    this.key?.fill(0);
    this.key = null;
    this.damaged = false;
    if (announce) this.options.emit('vault.changed', this.state());
  }

  private startIdleTimer(): void {
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.idleTimer = setInterval(() => void this.lockIfIdle(), IDLE_CHECK_MS);
    this.idleTimer.unref();
  }

  /** Locks when nothing happened for the idle minutes; true if it locked. */
  async lockIfIdle(nowMs = Date.now()): Promise<boolean> {
    const minutes = this.ring?.idleLockMinutes ?? DEFAULT_IDLE_MINUTES;
    if (minutes === 0 || !this.db || nowMs - this.lastActivity < minutes * 60_000) return false;
    await this.lock();
    return true;
  }

  private progress(task: PushEvents['vault.progress']['task'], done: number, total: number): void {
    this.options.emit('vault.progress', { task, done, total });
  }

  private withSystemWrap(ring: Keyring, key: StoreKey): Keyring {
    return withSystemWrap(ring, key, this.options.systemKeys);
  }

  /** The keychain's backend changed (or none was recorded): wrap again with the one in use now. */
  private refreshSystemWrap(key: StoreKey): void {
    const ring = this.ring;
    const system = this.options.systemKeys;
    if (!ring || !usable(system) || ring.system?.backend === system.backend()) return;
    this.ring = this.withSystemWrap(ring, key);
    writeKeyring(this.keyringPath, this.ring);
  }

}
