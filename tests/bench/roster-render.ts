import { openEvent, withLoopbackBrowser } from './browser';

export const LONG_TASK_TARGET_MS = 50;

/**
 * Opens an event with 500 participants in Chromium over the loopback transport and scrolls its
 * roster to the end and back, recording every long task (> 50 ms) the page reports.
 */
export async function runRosterRenderBench(options: { participants: number }) {
  return withLoopbackBrowser('roster', async ({ url, rpc, newPage }) => {
    const event = await rpc<{ id: string }>('events.create', {
      title: 'Plenary of the liaison officers',
      kind: 'task_force_meeting',
      when: { allDay: true, start: '2025-06-10', end: '2025-06-10', timeZone: 'Europe/Bucharest' },
    });
    const countries = ['RO', 'BG', 'TR', 'GR', 'RS', 'AL', 'MK', 'ME', 'BA', 'MD', 'HU', 'SI', 'HR'];
    const ids: string[] = [];
    for (let i = 0; i < options.participants; i++) {
      ids.push((await rpc<{ id: string }>('people.create', { fullName: `Officer ${i} Petrović`, position: 'Inspector', countryCode: countries[i % countries.length] })).id);
    }
    await rpc('roster.add', { eventId: event.id, personIds: ids });

    const page = await newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await openEvent(page, url, '2025-06-10', 'Plenary of the liaison officers');
    // Only what the roster costs counts: forget the tasks of loading the app and the calendar.
    await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
    const started = Date.now();
    await page.getByRole('tab', { name: /Participants/ }).click();
    await page.getByTestId('roster-summary').waitFor();
    const renderMs = Date.now() - started;
    const grid = page.getByTestId('roster-grid');
    await grid.hover();
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 600);
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -600);
    await page.waitForTimeout(300);
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    return { participants: options.participants, renderMs, longTasks: longTasks.length, maxLongTaskMs: longTasks.length ? Math.max(...longTasks) : 0 };
  });
}
