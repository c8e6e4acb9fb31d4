import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AGENDA_RENDER_TARGET_MS, runAgendaRenderBench } from './agenda-render';
import { MATRIX_TARGET_MS, runAttendanceBench } from './attendance';
import { defaultCalendarOptions, formatCalendarTable, runCalendarBench } from './calendar';
import { IMPORT_TARGET_RATIO, runDirectoryImportBench } from './directory-import';
import { PROJECT_TARGETS, runProjectsBench } from './projects';
import { DOCUMENT_TARGET_MS, runDocumentsBench } from './documents';
import { NOMINATIONS_TARGET_MS, PACKS_TARGET_MS, runInvitationsBench, runNominationsBench } from './invitations';
import { LANGUAGE_SWITCH_TARGET_MS, runLanguageSwitchBench } from './language-switch';
import { FIRST_SCREEN_TARGET_MS, INITIAL_JS_TARGET_BYTES, runFirstScreenBench } from './first-screen';
import { LONG_TASK_TARGET_MS, runRosterRenderBench } from './roster-render';
import { runIcsBench } from './ics';
import { EXCHANGE_TARGETS, runExchangeBench } from './exchange';
import { formatStoreTable, runStoreBench, STORE_TARGETS } from './store';
import { type DirectoryBenchOptions, type DirectoryBenchResult, defaultBenchOptions, formatTable, runDirectoryBench } from './directory';

export const ARTIFACT = fileURLToPath(new URL('../artifacts/bench/directory.json', import.meta.url));

const NUMERIC: Record<string, keyof DirectoryBenchOptions> = {
  '--people': 'people',
  '--organisations': 'organisations',
  '--events': 'events',
  '--participants-per-event': 'participantsPerEvent',
  '--iterations': 'iterations',
  '--warmup': 'warmup',
  '--seed': 'seed',
};
const FLAGS: Record<string, keyof DirectoryBenchOptions> = { '--analyze': 'analyze', '--keep': 'keep' };

/** `--people 60000 --organisations 2000 --iterations 300` (also `--people=60000`); unknown flags are refused. */
export function parseBenchArgs(argv: readonly string[]): Partial<DirectoryBenchOptions> {
  const options: Partial<Record<keyof DirectoryBenchOptions, number | boolean>> = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    if (flag in FLAGS) {
      options[FLAGS[flag]!] = true;
      continue;
    }
    const key = NUMERIC[flag];
    if (!key) throw new Error(`Unknown bench option ${flag}. Known: ${[...Object.keys(NUMERIC), ...Object.keys(FLAGS)].join(', ')}`);
    const value = Number(inline ?? argv[++i]);
    if (!Number.isInteger(value) || value < 0) throw new Error(`${flag} needs a whole number, got ${inline ?? argv[i]}`);
    options[key] = value;
  }
  if (options.iterations === 0) throw new Error('--iterations must be at least 1');
  return options as Partial<DirectoryBenchOptions>;
}

/** Runs the directory benchmark, prints the table and writes the JSON artifact. Reports; never fails on a missed target. */
export async function main(argv: readonly string[], log: (line: string) => void = console.log): Promise<DirectoryBenchResult> {
  const options = { ...defaultBenchOptions, ...parseBenchArgs(argv) };
  const result = await runDirectoryBench(options, log);
  log('');
  log(formatTable(result));
  log('');
  log(`${result.totals.pass}/${result.totals.cases} within target (p99 ≤ ${result.targets.p99Ms} ms through the contract, contract p99 / raw p99 ≤ ${result.targets.ratio}).`);
  for (const r of result.results) {
    if (!r.misses.length) continue;
    log(`  MISS ${r.call}: ${r.misses.join('; ')}`);
    for (const step of r.plan) log(`       plan: ${step}`);
  }
  log('');
  const calendar = await runCalendarBench({ iterations: options.iterations, seed: options.seed }, log);
  log(formatCalendarTable(calendar.cases));
  log('');
  const ics = await runIcsBench({ seed: options.seed }, () => {});
  const verdict = (ms: number, target: number) => `${ms.toFixed(0)} ms ${ms <= target ? 'PASS' : 'MISS'} (≤ ${target})`;
  log(
    `ics.preview of ${ics.counts.imported} events, ${ics.counts.attendees} attendees: ${verdict(ics.previewMs, ics.targets.preview)}; ` +
      `ics.import: ${verdict(ics.importMs, ics.targets.import)}; re-import (all unchanged): ${verdict(ics.reimportMs, ics.targets.reimport)}`,
  );
  log(`  each import includes the backup before it (${ics.backupMs} ms here); re-import read afresh, preview + import: ${ics.reimportFreshMs} ms`);
  log(`ics.export of ${ics.counts.exported} events: ${verdict(ics.exportMs, ics.targets.export)} (${(ics.exportBytes / 1024 / 1024).toFixed(1)} MiB)`);
  const attendance = await runAttendanceBench({ iterations: Math.min(options.iterations, 100), seed: options.seed });
  log(
    `attendance.matrix ${attendance.countries} countries × ${attendance.meetings} meetings (${attendance.participations} participations): ` +
      `p50 ${attendance.timing.p50.toFixed(2)} ms, p99 ${attendance.timing.p99.toFixed(2)} ms; target < ${MATRIX_TARGET_MS} ms ${attendance.timing.p99 < MATRIX_TARGET_MS ? 'PASS' : 'MISS'}`,
  );
  const directoryImport = await runDirectoryImportBench({ people: options.people, seed: options.seed });
  log(
    `directoryImport.commit of ${directoryImport.people} people from CSV: ${directoryImport.liaisonMs.toFixed(0)} ms; ` +
      (directoryImport.ratio === null
        ? 'sqlite3 not installed, no comparison'
        : `sqlite3 .import of the same file into the same schema: ${directoryImport.sameSchemaMs!.toFixed(0)} ms, ratio ${directoryImport.ratio.toFixed(1)} ` +
          `(target ≤ ${IMPORT_TARGET_RATIO}) ${directoryImport.ratio <= IMPORT_TARGET_RATIO ? 'PASS' : 'MISS'}; ` +
          `into a plain table with no keys or indexes: ${directoryImport.plainMs!.toFixed(0)} ms, ratio ${directoryImport.plainRatio!.toFixed(1)}`),
  );
  const rosterRender = await runRosterRenderBench({ participants: 500 });
  log(
    'skipped' in rosterRender
      ? `roster of 500 in Chromium: skipped (${rosterRender.skipped})`
      : `roster of ${rosterRender.participants} in Chromium: shown in ${rosterRender.renderMs} ms; while opening and scrolling, ${rosterRender.longTasks} long tasks, ` +
          `longest ${rosterRender.maxLongTaskMs.toFixed(0)} ms (target: none over ${LONG_TASK_TARGET_MS} ms) ${rosterRender.maxLongTaskMs <= LONG_TASK_TARGET_MS ? 'PASS' : 'MISS'}`,
  );
  const agendaRender = await runAgendaRenderBench({ items: 200, runs: 7 });
  log(
    'skipped' in agendaRender
      ? `agenda of 200 items in Chromium: skipped (${agendaRender.skipped})`
      : `agenda of ${agendaRender.items} items in Chromium, from the tab click to every item shown (${agendaRender.runs} runs): ` +
          `p50 ${agendaRender.p50Ms.toFixed(0)} ms, max ${agendaRender.maxMs.toFixed(0)} ms (target < ${AGENDA_RENDER_TARGET_MS} ms) ${agendaRender.p50Ms < AGENDA_RENDER_TARGET_MS ? 'PASS' : 'MISS'}`,
  );
  const firstScreen = await runFirstScreenBench({
    people: options.people,
    organisations: options.organisations,
    events: defaultCalendarOptions.events,
    seed: options.seed,
    reloads: 7,
  });
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  if ('skipped' in firstScreen) log(`first screen in Chromium: skipped (${firstScreen.skipped})`);
  else {
    log(
      `first screen (the dashboard) of ${firstScreen.people} people and ${firstScreen.events} events in Chromium, from navigation start to its counts and upcoming events painted ` +
        `(median of ${firstScreen.shownMs.length} reloads): ${firstScreen.medianShownMs.toFixed(0)} ms (target ≤ ${FIRST_SCREEN_TARGET_MS} ms) ` +
        `${firstScreen.medianShownMs <= FIRST_SCREEN_TARGET_MS ? 'PASS' : 'MISS'}; the shell drawn at ${firstScreen.medianShellMs.toFixed(0)} ms, every card loaded ${firstScreen.medianSettledMs.toFixed(0)} ms; ` +
        `the first load (no cache) ${firstScreen.firstLoadMs.toFixed(0)} ms`,
    );
    log(
      `initial JavaScript (the entry and its preloads; the sections' chunks excluded): ${kB(firstScreen.initialBytes)} (target ≤ ${kB(INITIAL_JS_TARGET_BYTES)}) ` +
        `${firstScreen.initialBytes <= INITIAL_JS_TARGET_BYTES ? 'PASS' : 'MISS'}; fetched by the first screen in all: ${kB(firstScreen.fetchedBytes)} in ${firstScreen.fetched.length} files`,
    );
  }
  const languageSwitch = await runLanguageSwitchBench({ rounds: 3 });
  log(
    'skipped' in languageSwitch
      ? `language switch in Chromium: skipped (${languageSwitch.skipped})`
      : `interface language switched in Settings (${languageSwitch.switches.join(' → ')}), from the choice to the screen drawn in it: ` +
          `first switch to each (catalog read) median ${languageSwitch.medianFirstMs.toFixed(0)} ms, later switches median ${languageSwitch.medianAgainMs.toFixed(0)} ms, ` +
          `max ${languageSwitch.maxMs.toFixed(0)} ms (target ≤ ${LANGUAGE_SWITCH_TARGET_MS} ms) ${languageSwitch.maxMs <= LANGUAGE_SWITCH_TARGET_MS ? 'PASS' : 'MISS'}`,
  );
  const documents = await runDocumentsBench({ items: 200, runs: 5, participants: 500 });
  const withinDocumentTarget = (ms: number) => `${ms.toFixed(0)} ms ${ms < DOCUMENT_TARGET_MS ? 'PASS' : 'MISS'}`;
  log(
    `documents of an agenda of ${documents.items} items (p50 of ${documents.runs}): documents.html ${withinDocumentTarget(documents.html.p50Ms)}; ` +
      `documents.docx ${withinDocumentTarget(documents.docx.p50Ms)}; PDF by Chromium from that HTML ` +
      `${'skipped' in documents.pdf ? `skipped (${documents.pdf.skipped})` : withinDocumentTarget(documents.pdf.p50Ms)}; target < ${DOCUMENT_TARGET_MS} ms each`,
  );
  const lop = documents.participants;
  log(
    `list of participants of ${lop.count} with contacts (p50 of ${documents.runs}): documents.html ${lop.html.toFixed(0)} ms; ` +
      `documents.docx ${lop.docx.toFixed(0)} ms (target ≤ ${lop.docxTargetMs} ms) ${lop.docx <= lop.docxTargetMs ? 'PASS' : 'MISS'}; ` +
      `PDF (HTML, then Chromium) ${'skipped' in lop.pdf ? `skipped (${lop.pdf.skipped})` : `${lop.pdf.p50Ms.toFixed(0)} ms (target ≤ ${lop.pdfTargetMs} ms) ${lop.pdf.p50Ms <= lop.pdfTargetMs ? 'PASS' : 'MISS'}`}`,
  );
  const invitations = await runInvitationsBench({ runs: 3 });
  const withinPacks = (ms: number) => `${ms.toFixed(0)} ms ${ms <= PACKS_TARGET_MS ? 'PASS' : 'MISS'}`;
  log(
    `invitation packs for ${invitations.delegations} delegations (letter, .ics, nomination form each; p50 of ${invitations.runs}): ` +
      `as one ZIP ${withinPacks(invitations.zip.p50Ms)}; as ${invitations.eml.files} email drafts ${withinPacks(invitations.eml.p50Ms)}; target ≤ ${PACKS_TARGET_MS} ms each`,
  );
  const nominations = await runNominationsBench({ runs: 3 });
  log(
    `importing ${nominations.forms} nomination forms (${nominations.rows} rows; preview + commit, p50 of ${nominations.runs}): ` +
      `${nominations.p50Ms.toFixed(0)} ms ${nominations.p50Ms <= NOMINATIONS_TARGET_MS ? 'PASS' : 'MISS'}; target ≤ ${NOMINATIONS_TARGET_MS} ms`,
  );
  const projects = await runProjectsBench({ projects: 300, entries: 500_000, iterations: Math.min(options.iterations, 100), seed: options.seed });
  const within = (ms: number, target: number) => `${ms.toFixed(1)} ms ${ms <= target ? 'PASS' : 'MISS'}`;
  log(
    `projects: ${projects.projects} projects, ${projects.indicators} indicators, ${projects.entries} entries (largest project ${projects.entriesOfLargest}; generated in ${(projects.generateMs / 1000).toFixed(1)} s): ` +
      `projects.dashboard p99 ${within(projects.dashboard.p99, PROJECT_TARGETS.dashboardP99)}, projects.pivot p99 ${within(projects.pivot.p99, PROJECT_TARGETS.pivotP99)}, ` +
      `projects.portfolio p99 ${within(projects.portfolio.p99, PROJECT_TARGETS.portfolioP99)}, donor report (XLSX) of the largest ${within(projects.report.p50, PROJECT_TARGETS.reportMs)}`,
  );
  log('');
  const store = await runStoreBench(
    {
      people: options.people,
      organisations: options.organisations,
      events: options.events,
      participantsPerEvent: options.participantsPerEvent,
      iterations: Math.min(options.iterations, 200),
      writeIterations: Math.min(options.iterations, 100),
      warmup: options.warmup,
      seed: options.seed,
    },
    log,
  );
  log(formatStoreTable(store));
  log(
    `${store.totals.pass}/${store.totals.cases} calls within target (encrypted p50 ≤ ${STORE_TARGETS.ratio} × plaintext p50, same handlers and pragmas on both); ` +
      `cold rows: a new connection's first call, for comparison only`,
  );
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
  const { unlock, backup, openChecked } = store;
  log(
    `vault.unlock (Argon2id m=${unlock.kdf.memoryKiB / 1024} MiB, t=${unlock.kdf.iterations}, p=${unlock.kdf.parallelism}; lock then unlock of the ${mib(store.generation.storeBytes)} store, median of ${unlock.runsMs.length}): ` +
      `${unlock.medianMs.toFixed(0)} ms (Argon2id alone ${unlock.argon2idAloneMs.toFixed(0)} ms); target ≤ ${STORE_TARGETS.unlockMs} ms ${unlock.status}`,
  );
  log(
    `backups.create of a ${mib(backup.storeBytes)} store (VACUUM INTO, then the copy checked): ${backup.ms.toFixed(0)} ms, copy ${mib(backup.backupBytes)}; ` +
      `target ≤ ${STORE_TARGETS.backupMs} ms ${backup.status}`,
  );
  log(
    `openStore of that ${mib(backup.storeBytes)} store with quick_check (median of ${openChecked.runsMs.length}): ${openChecked.medianMs.toFixed(0)} ms; ` +
      `target ≤ ${STORE_TARGETS.openMs} ms ${openChecked.status} (quick_check alone on its plaintext twin: ${openChecked.plaintextQuickCheckMedianMs.toFixed(0)} ms)`,
  );
  const exchange = await runExchangeBench({ people: options.people, events: 15_000, seed: options.seed }, () => {});
  const meets = (value: number, target: number) => (value <= target ? 'PASS' : 'MISS');
  log(
    `exchange, first to an empty laptop (${exchange.people} people, ${exchange.events} events, ${exchange.messages} messages): joining ${exchange.seedMs} ms + ` +
      `export ${exchange.exportMs} ms (${mib(exchange.bundleBytes)}) + import ${exchange.importMs} ms = ${exchange.firstExchangeMs} ms; ` +
      `target ≤ ${EXCHANGE_TARGETS.firstExchangeMs} ms ${meets(exchange.firstExchangeMs, EXCHANGE_TARGETS.firstExchangeMs)}`,
  );
  const per10k = (exchange.apply10k.ms * 10_000) / exchange.apply10k.messages;
  log(
    `exchange, applying a bundle of ${exchange.apply10k.messages} changes: ${exchange.apply10k.ms} ms (${per10k.toFixed(0)} ms per 10,000); ` +
      `target ≤ ${EXCHANGE_TARGETS.apply10kMs} ms per 10,000 ${meets(per10k, EXCHANGE_TARGETS.apply10kMs)}`,
  );
  log(
    `exchange, a day's bundle (${exchange.dayBundle.edits} edits, ${exchange.dayBundle.messages} changes): ${(exchange.dayBundle.bytes / 1024).toFixed(1)} KB; ` +
      `target ≤ 100 KB ${meets(exchange.dayBundle.bytes, EXCHANGE_TARGETS.dayBundleBytes)}; the log ${mib(exchange.log.logBytes)} for ${mib(exchange.log.tableBytes)} of tables: ` +
      `${exchange.log.ratio.toFixed(2)}×, target ≤ ${EXCHANGE_TARGETS.logRatio}× ${meets(exchange.log.ratio, EXCHANGE_TARGETS.logRatio)}`,
  );
  log(`exchange, a sync through the relay with nothing new: ${exchange.idleSyncMs} ms; target ≤ ${EXCHANGE_TARGETS.idleSyncMs} ms ${meets(exchange.idleSyncMs, EXCHANGE_TARGETS.idleSyncMs)}`);
  mkdirSync(dirname(ARTIFACT), { recursive: true });
  writeFileSync(
    ARTIFACT,
    `${JSON.stringify({ ...result, calendar, ics, attendance, directoryImport, rosterRender, agendaRender, firstScreen, languageSwitch, documents, invitations, nominations, projects, store, exchange }, null, 2)}\n`,
  );
  log(`Written ${ARTIFACT}`);
  return result;
}
