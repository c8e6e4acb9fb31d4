import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { Agenda, DocumentFile } from '../../src-shared/contract';
import type { LiaisonCore } from '../../src-main/core/app';
import { openBenchApp } from './vault';

export const DOCUMENT_TARGET_MS = 1000;
export const LOP_DOCX_TARGET_MS = 1000;
export const LOP_PDF_TARGET_MS = 2000;
const CHROMIUM = process.env.LIAISON_CHROMIUM ?? '/usr/bin/chromium';

async function call<T>(core: LiaisonCore, name: string, input: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.data as T;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function time<T>(runs: number, run: () => Promise<T>): Promise<{ result: T; firstMs: number; p50Ms: number }> {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await run();
    times.push(performance.now() - started);
  }
  return { result, firstMs: times[0]!, p50Ms: median(times) };
}

/**
 * An agenda of N items over three days (sessions of eight, two or three speakers each), made through
 * the contract on a temp folder, then `documents.html`, `documents.docx`, and the PDF Chromium prints
 * from that HTML, as the browser's "Save as PDF" does over loopback.
 */
export async function runDocumentsBench(options: { items: number; runs: number; participants: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-bench-documents-'));
  const core = await openBenchApp(dir);
  try {
    const event = await call<{ id: string }>(core, 'events.create', {
      title: '24th meeting of the Anti-Terrorism Task Force',
      when: { allDay: false, start: '2026-04-14T08:00', end: '2026-04-16T20:00', timeZone: 'Europe/Bucharest' },
      venueName: 'Palace of the Parliament',
      venueCity: 'Bucharest',
      venueCountryCode: 'RO',
    });
    const countries = ['RO', 'BG', 'TR', 'GR', 'RS', 'AL', 'MK', 'ME', 'BA', 'MD', 'HU', 'SI', 'HR'];
    const speakers: string[] = [];
    for (let i = 0; i < 40; i++) {
      const org = await call<{ id: string }>(core, 'organisations.create', { name: `National Police Agency ${i}`, acronym: i % 2 ? `NPA${i}` : '' });
      speakers.push((await call<{ id: string }>(core, 'people.create', { fullName: `Officer ${i} Petrović`, countryCode: countries[i % countries.length], organisationId: org.id })).id);
    }
    const days = ['2026-04-14', '2026-04-15', '2026-04-16'];
    let sessionId = '';
    for (let i = 0; i < options.items; i++) {
      if (i % 8 === 0) {
        const day = days[Math.min(days.length - 1, Math.floor((i / options.items) * days.length))]!;
        const agenda = await call<Agenda>(core, 'agenda.addSession', { eventId: event.id, day, title: `Session ${i / 8 + 1}: operational cooperation` });
        sessionId = agenda.days.find((d) => d.day === day)!.sessions.at(-1)!.id;
      }
      const count = 2 + (i % 2);
      await call(core, 'agenda.addItem', {
        sessionId,
        title: `Item ${i + 1}: results of joint operation ${i} & lessons for <the region>`,
        kind: i % 8 === 4 ? 'break' : 'presentation',
        durationMin: 10,
        description: i % 3 === 0 ? 'Presented by the lead agency, followed by questions from the delegations.' : '',
        speakerIds: i % 8 === 4 ? [] : Array.from({ length: count }, (_, k) => speakers[(i + k * 7) % speakers.length]!),
        addSpeakersToRoster: true,
      });
    }
    const input = { eventId: event.id, document: 'agenda', locale: 'en-GB' };
    const html = await time(options.runs, () => call<{ html: string }>(core, 'documents.html', input));
    const docx = await time(options.runs, () => call<DocumentFile>(core, 'documents.docx', input));

    // The list of participants of a large meeting: 500 confirmed delegates of 13 countries, with their contact details.
    const delegates: string[] = [];
    for (let i = 0; i < options.participants; i++) {
      delegates.push(
        (await call<{ id: string }>(core, 'people.create', { fullName: `Delegate ${i} Јовановић`, position: 'Senior inspector', countryCode: countries[i % countries.length], emails: [`d${i}@police.example.org`] })).id,
      );
    }
    for (let i = 0; i < delegates.length; i += 500) await call(core, 'roster.add', { eventId: event.id, personIds: delegates.slice(i, i + 500), role: 'delegate', invitation: 'confirmed' });
    const lopInput = { eventId: event.id, document: 'participants', locale: 'en-GB', contacts: true };
    const lopHtml = await time(options.runs, () => call<{ html: string }>(core, 'documents.html', lopInput));
    const lopDocx = await time(options.runs, () => call<DocumentFile>(core, 'documents.docx', lopInput));

    let pdf: { firstMs: number; p50Ms: number; bytes: number } | { skipped: string };
    let lopPdf: { firstMs: number; p50Ms: number; bytes: number } | { skipped: string };
    if (!existsSync(CHROMIUM)) {
      pdf = { skipped: `needs ${CHROMIUM}` };
      lopPdf = pdf;
    } else {
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
      try {
        const page = await browser.newPage();
        const printed = await time(options.runs, async () => {
          await page.setContent(html.result.html);
          return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
        });
        pdf = { firstMs: printed.firstMs, p50Ms: printed.p50Ms, bytes: printed.result.length };
        // The list's PDF as the loopback transport makes it: its HTML from the contract, then Chromium printing it.
        const lopPrinted = await time(options.runs, async () => {
          const { html: page1 } = await call<{ html: string }>(core, 'documents.html', lopInput);
          await page.setContent(page1);
          return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
        });
        lopPdf = { firstMs: lopPrinted.firstMs, p50Ms: lopPrinted.p50Ms, bytes: lopPrinted.result.length };
      } finally {
        await browser.close();
      }
    }
    return {
      items: options.items,
      runs: options.runs,
      html: { firstMs: html.firstMs, p50Ms: html.p50Ms, bytes: html.result.html.length },
      docx: { firstMs: docx.firstMs, p50Ms: docx.p50Ms, bytes: Buffer.from(docx.result.base64, 'base64').length },
      pdf,
      targetMs: DOCUMENT_TARGET_MS,
      participants: { count: delegates.length, html: lopHtml.p50Ms, docx: lopDocx.p50Ms, pdf: lopPdf, docxTargetMs: LOP_DOCX_TARGET_MS, pdfTargetMs: LOP_PDF_TARGET_MS },
    };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
