import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { withLoopbackBrowser } from './browser';
import { initialScripts, RENDERER_DIR } from './bundle';
import { generateDirectory } from './generate';
import { openBenchApp } from './vault';

export const FIRST_SCREEN_TARGET_MS = 300;
export const INITIAL_JS_TARGET_BYTES = 500_000;

interface Marks {
  /** The shell (its sidebar) is drawn: the JavaScript ran and the store answered that it is open. */
  shell?: number;
  /** The dashboard's heading, its counts and its upcoming events are in the frame being painted. */
  shown?: number;
  /** No card says "Loading…" any more. */
  settled?: number;
}

/**
 * Records, from navigation start, the frame in which the dashboard first shows its content; runs
 * in the page before its own scripts.
 */
function watchFirstScreen() {
  const w = window as unknown as { liaisonMarks: Marks };
  w.liaisonMarks = {};
  const atFrame = (key: keyof Marks) => requestAnimationFrame(() => (w.liaisonMarks[key] ??= performance.now()));
  const check = () => {
    if (document.querySelector('nav.sidebar')) atFrame('shell');
    const main = document.querySelector('main');
    const people = main?.querySelector('.stat-value');
    const upcoming = main?.querySelector('[data-testid="dashboard-upcoming"]');
    if (!main?.querySelector('h1') || !people || people.textContent === '–' || !upcoming || upcoming.textContent!.includes('Loading')) return;
    atFrame('shown');
    if (main.textContent!.includes('Loading')) return;
    atFrame('settled');
    observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The dashboard of a 60,000-person, 15,000-event store in Chromium over the loopback transport:
 * from navigation start to its content painted, the first load and then the median of `reloads`,
 * with the JavaScript the window loads first (entry and preloads) and all it fetched by then.
 */
export async function runFirstScreenBench(options: { people: number; organisations: number; events: number; seed: number; reloads: number }) {
  const initial = initialScripts();
  const initialBytes = initial.reduce((sum, s) => sum + s.bytes, 0);
  let generateMs = 0;
  const prepare = async (dataDir: string) => {
    const app = await openBenchApp(dataDir);
    try {
      generateMs = generateDirectory(app.db, { ...options, participantsPerEvent: 12 }).ms;
      app.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      app.close();
    }
  };
  return withLoopbackBrowser(
    'first-screen',
    async ({ url, newPage }) => {
      const page = await newPage();
      await page.addInitScript(watchFirstScreen);
      const load = async (go: () => Promise<unknown>) => {
        await go();
        await page.waitForFunction(() => (window as unknown as { liaisonMarks: Marks }).liaisonMarks.settled !== undefined, null, { timeout: 60_000 });
        return page.evaluate(() => {
          const marks = (window as unknown as { liaisonMarks: Required<Marks> }).liaisonMarks;
          const scripts = performance
            .getEntriesByType('resource')
            .filter((entry) => entry.name.endsWith('.js') && entry.startTime <= marks.shown)
            .map((entry) => new URL(entry.name).pathname);
          return { ...marks, scripts };
        });
      };
      const first = await load(() => page.goto(url));
      const runs = [];
      for (let i = 0; i < options.reloads; i++) runs.push(await load(() => page.reload()));
      const fetched = [...new Set(first.scripts)].map((path) => ({ file: basename(path), bytes: statSync(join(RENDERER_DIR, path)).size }));
      return {
        people: options.people,
        events: options.events,
        generateMs,
        firstLoadMs: first.shown,
        medianShellMs: median(runs.map((r) => r.shell)),
        shownMs: runs.map((r) => r.shown),
        settledMs: runs.map((r) => r.settled),
        medianShownMs: median(runs.map((r) => r.shown)),
        medianSettledMs: median(runs.map((r) => r.settled)),
        initialBytes,
        initial,
        fetchedBytes: fetched.reduce((sum, s) => sum + s.bytes, 0),
        fetched,
      };
    },
    { prepare },
  );
}
