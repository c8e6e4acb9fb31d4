import { type Clock, makeClock, makeClientId, merkle, setClock, Timestamp } from '@actual-app/crdt';

/**
 * How far ahead of this laptop's clock another laptop's changes may be stamped and still apply.
 * Actual Budget allows five minutes, and its users lost days to a laptop an hour off reported only
 * as "problem syncing". A day covers a wrong time zone or a forgotten daylight-saving change;
 * beyond it, changes are held apart and the laptop with the wrong clock is named.
 */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

Timestamp.init({ maxDrift: MAX_DRIFT_MS });

export type TrieNode = merkle.TrieNode;
export { Timestamp };

export const newNodeId = (): string => makeClientId().toUpperCase();

/**
 * @actual-app/crdt keeps one clock per process; a store keeps its own (tests open several laptops
 * in one process), made current before each stamp or receipt.
 */
export class StoreClock {
  private readonly clock: Clock;
  constructor(
    readonly node: string,
    latest: string | null,
    public trie: TrieNode,
  ) {
    const last = latest ? Timestamp.parse(latest) : null;
    this.clock = makeClock(new Timestamp(last?.millis() ?? 0, last?.counter() ?? 0, node), trie);
  }
  /** A new stamp for a change made here. */
  send(): Timestamp {
    setClock(this.clock);
    try {
      return Timestamp.send()!;
    } catch (error) {
      if (!(error instanceof Timestamp.OverflowError)) throw error;
      // 65,536 stamps in one millisecond (joining a group with a large directory): borrow the next millisecond.
      this.clock.timestamp.setMillis(this.clock.timestamp.millis() + 1);
      this.clock.timestamp.setCounter(0);
      return new Timestamp(this.clock.timestamp.millis(), 0, this.node);
    }
  }
  /**
   * Stamps for many changes made here at once (joining a group writes the whole store): in order,
   * unique, never behind this clock, as milliseconds and counter (a Timestamp each cost a seed 2 µs a
   * message). `done` moves the clock to the last one.
   */
  run(): { millis: number; counter: number; next(): void; done(): void } {
    const clock = this.clock;
    const millis = Math.max(Date.now(), clock.timestamp.millis());
    const run = {
      millis,
      counter: millis === clock.timestamp.millis() ? clock.timestamp.counter() : -1,
      used: false,
      next() {
        run.used = true;
        if (++run.counter > 0xffff) {
          run.millis++;
          run.counter = 0;
        }
      },
      done() {
        if (!run.used) return;
        clock.timestamp.setMillis(run.millis);
        clock.timestamp.setCounter(run.counter);
      },
    };
    return run;
  }

  /** Moves this clock past a stamp received from another laptop, so what is made here next sorts after it. */
  recv(stamp: Timestamp): void {
    if (stamp.node() === this.node) return; // recv refuses this laptop's own stamps (a bundle it made, come back)
    setClock(this.clock);
    Timestamp.recv(stamp);
  }
}

/** The merkle trie of per-minute hashes (merkle.build of 3.1.3 returns an empty trie; this adds each minute once). */
export function trieOfMinutes(minutes: Iterable<{ minute: number; hash: number }>): TrieNode {
  let trie: TrieNode = merkle.emptyTrie();
  for (const { minute, hash } of minutes) trie = addMinute(trie, minute, hash);
  return trie;
}

/** merkle.insert's walk, for a minute's combined hash instead of one stamp's. */
export function addMinute(trie: TrieNode, minute: number, hash: number): TrieNode {
  const key = minute.toString(3);
  const root: TrieNode = { ...trie, hash: ((trie.hash ?? 0) ^ hash) >>> 0 };
  let node = root;
  for (const c of key as Iterable<'0' | '1' | '2'>) {
    const child: TrieNode = { ...node[c] };
    child.hash = ((child.hash ?? 0) ^ hash) >>> 0;
    node[c] = child;
    node = child;
  }
  return root;
}

export const minuteOf = (stamp: Timestamp): number => Math.floor(stamp.millis() / 60_000);

