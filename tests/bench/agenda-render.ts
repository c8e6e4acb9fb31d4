import { openEvent, withLoopbackBrowser } from './browser';

export const AGENDA_RENDER_TARGET_MS = 100;

/**
 * An agenda of 200 items over four days, with speakers, opened in Chromium over loopback:
 * from the click on the Agenda tab until all 200 items are on screen (fetch, warnings and render),
 * several times over.
 */
export async function runAgendaRenderBench(options: { items: number; runs: number }) {
  return withLoopbackBrowser('agenda', async ({ url, rpc, newPage }) => {
    const event = await rpc<{ id: string }>('events.create', {
      title: 'Annual conference of the liaison network',
      kind: 'conference',
      when: { allDay: false, start: '2025-09-15T09:00', end: '2025-09-18T18:00', timeZone: 'Europe/Bucharest' },
    });
    const speakers: string[] = [];
    for (let i = 0; i < 40; i++) speakers.push((await rpc<{ id: string }>('people.create', { fullName: `Speaker ${i} Ionescu`, countryCode: 'RO' })).id);
    await rpc('roster.add', { eventId: event.id, personIds: speakers, role: 'speaker', invitation: 'confirmed' });
    const days = ['2025-09-15', '2025-09-16', '2025-09-17', '2025-09-18'];
    const perSession = Math.ceil(options.items / (days.length * 2));
    let made = 0;
    for (const day of days) {
      for (const title of ['Morning', 'Afternoon']) {
        const agenda = await rpc<{ days: Array<{ day: string; sessions: Array<{ id: string; title: string }> }> }>('agenda.addSession', { eventId: event.id, day, title });
        const session = agenda.days.find((d) => d.day === day)!.sessions.find((s) => s.title === title)!;
        for (let i = 0; i < perSession && made < options.items; i++, made++) {
          await rpc('agenda.addItem', {
            sessionId: session.id,
            title: `Item ${made}: national report on cross-border cooperation`,
            kind: i % 6 === 5 ? 'break' : 'presentation',
            durationMin: 10,
            speakerIds: [speakers[made % speakers.length], speakers[(made + 7) % speakers.length]],
          });
        }
      }
    }

    const page = await newPage();
    await openEvent(page, url, '2025-09-15', 'Annual conference of the liaison network');
    const timings: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      await page.getByRole('tab', { name: 'Overview' }).click();
      timings.push(
        await page.evaluate(async (count) => {
          const started = performance.now();
          document.getElementById('event-tab-agenda')!.click();
          await new Promise<void>((resolve) => {
            const check = () => (document.querySelectorAll('[data-testid="agenda-item"]').length >= count ? resolve() : requestAnimationFrame(check));
            check();
          });
          return performance.now() - started;
        }, options.items),
      );
    }
    timings.sort((a, b) => a - b);
    return { items: options.items, runs: options.runs, p50Ms: timings[Math.floor(timings.length / 2)]!, maxMs: timings.at(-1)! };
  });
}
