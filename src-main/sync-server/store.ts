import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Timestamp } from '@actual-app/crdt';
import type { TrieNode } from '../core/exchange/clock';

export interface Envelope {
  timestamp: string;
  /** The sealed bytes exactly as a laptop sent them: the relay has no key to open them. */
  content: Uint8Array;
}

export interface Laptop {
  node: string;
  name: string;
  created: string;
  revoked: string | null;
  last_sync: string | null;
}

/**
 * One group's envelopes, their minutes, and the laptops allowed to read and add them. Promises
 * throughout because PostgreSQL answers over a socket; SQLite's store answers at once inside them.
 */
export interface GroupStore {
  /**
   * The proof is checked against the first laptop's; a group without one takes this proof as its
   * verifier. Only a hash is kept, so the data alone does not let anyone register.
   */
  admits(proof: string): Promise<boolean>;
  laptops(): Promise<Laptop[]>;
  laptop(node: string): Promise<Laptop | undefined>;
  /** A new token for the laptop (a laptop registering again gets a new one; the old stops working). Only its hash is kept. */
  register(node: string, name: string): Promise<string>;
  authenticate(token: string): Promise<Laptop | undefined>;
  revoke(node: string): Promise<boolean>;
  /** Stores what is new and adds each new stamp to its minute, all or nothing; returns how many were new. */
  add(envelopes: readonly Envelope[], from: string): Promise<number>;
  /**
   * Replaces the sealed content of stamps it holds with what a laptop sent after erasing those cells
   * (a deleted person's values): the stamps stay, so tries are unchanged. Returns how many it held.
   */
  erase(envelopes: readonly Envelope[]): Promise<number>;
  /** Envelopes after a stamp that another laptop sent, oldest first, at most `limit`. */
  since(after: string, exceptNode: string, limit: number): Promise<Envelope[]>;
  /** The merkle trie of the minutes, equal to a laptop's that holds the same stamps. */
  trie(): Promise<TrieNode>;
  close(): Promise<void>;
}

/** Every group's store, found by group id. */
export interface GroupStores {
  /** Where the data is kept, for the start-up line: never a password. */
  readonly where: string;
  /** The group's store, or undefined when no laptop has registered it. */
  get(groupId: string): Promise<GroupStore | undefined>;
  /** The group's store, made on the first registration. */
  getOrCreate(groupId: string): Promise<GroupStore>;
  close(): Promise<void>;
}

export const sha256 = (text: string): Buffer => createHash('sha256').update(text).digest();

export const newToken = (): string => randomBytes(32).toString('base64url');

/** Compares a shown proof's hash with the stored verifier in constant time. */
export const sameHash = (stored: Buffer, shown: Buffer): boolean => stored.length === shown.length && timingSafeEqual(stored, shown);

/** The minute a stamp falls in and its hash, as a laptop adds it to its trie. */
export function minuteOf(timestamp: string): { minute: number; hash: number } {
  const stamp = Timestamp.parse(timestamp)!;
  return { minute: Math.floor(stamp.millis() / 60_000), hash: stamp.hash() };
}
