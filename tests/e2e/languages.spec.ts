import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

const catalog = (code: string, file: string) => JSON.parse(readFileSync(new URL(`../../src-renderer/i18n/${code}/${file}.json`, import.meta.url), 'utf8'));
const LANGUAGE_NAMES: Record<string, string> = { ro: 'Română', 'sr-Cyrl': 'Српски', el: 'Ελληνικά', tr: 'Türkçe' };
const dayAfter = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Closes the toasts "The interface is now in …", so that the screenshots show the screen. */
async function dismissToasts(page: Page) {
  for (const close of await page.locator('.toasts .icon-button').all()) await close.click();
  await expect(page.locator('.toasts .toast-message')).toHaveCount(0);
}

async function go(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

test('languages: the interface in Romanian, Serbian Cyrillic, Greek and Turkish — settings, calendar, an event and its agenda', async ({ page, server }) => {
  test.setTimeout(180_000);
  const day = dayAfter(7);
  const event = await server.rpc('events.create', {
    title: 'Task force meeting on cross-border surveillance',
    kind: 'task_force_meeting',
    when: { allDay: false, start: `${day}T09:30`, end: `${day}T17:00`, timeZone: 'Europe/Bucharest' },
    venueName: 'SELEC HQ',
    venueCity: 'Bucharest',
    venueCountryCode: 'RO',
  });
  const person = await server.rpc('people.create', { fullName: 'Драган Јовановић', countryCode: 'RS' });
  await server.rpc('people.create', { fullName: 'Νίκος Αλεξίου', countryCode: 'GR' });
  await server.rpc('roster.add', { eventId: event.id, personIds: [person.id], role: 'speaker', invitation: 'confirmed' });
  const agenda = await server.rpc('agenda.addSession', { eventId: event.id, day, title: 'Opening' });
  const session = agenda.days[0]!.sessions[0]!;
  await server.rpc('agenda.addItem', { sessionId: session.id, title: 'National reports', kind: 'presentation', durationMin: 45, speakerIds: [person.id] });

  await page.goto(server.url);
  await expect(page.locator('h1').first()).toBeVisible();
  for (const code of ['ro', 'sr-Cyrl', 'el', 'tr']) {
    const settings = catalog(code, 'settings').settings;
    const events = catalog(code, 'events').events;
    await go(page, '#/settings');
    await page.getByTestId('language-picker').selectOption(code);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('h1').first()).toHaveText(settings.title);
    await expect(page.getByTestId('language-status')).toContainText(settings.language.status.draft);
    await expect(page.locator('.toasts .toast-message')).toHaveText(new RegExp(`${LANGUAGE_NAMES[code]}`));
    await dismissToasts(page);
    await screenshot(page, `language-${code}-settings`);

    await go(page, '#/calendar');
    await expect(page.locator('.fc-event', { hasText: 'Task force meeting' }).first()).toBeVisible();
    await screenshot(page, `language-${code}-calendar`);

    await go(page, `#/events/${event.id}`);
    await expect(page.getByRole('tab', { name: events.page.tabs.overview, exact: true })).toBeVisible();
    await screenshot(page, `language-${code}-event`);

    await go(page, `#/events/${event.id}/agenda`);
    await expect(page.getByTestId('agenda-item').first()).toBeVisible();
    await screenshot(page, `language-${code}-agenda`);

    if (code === 'sr-Cyrl') {
      // Hours in 24-hour form, whatever the browser's own control would show; the agenda printed in Serbian.
      const hours = page.locator('.agenda-day-hours input').first();
      await expect(hours).toHaveAttribute('type', 'text');
      await expect(hours).toHaveValue('09:30');
      await page.getByRole('button', { name: catalog(code, 'documents').documents.print }).click();
      const frame = page.frameLocator('[data-testid="print-preview-frame"]');
      await expect(frame.locator('.doc-kind')).toHaveText('Дневни ред');
      await expect(frame.locator('html')).toHaveAttribute('lang', 'sr-Cyrl');
      await screenshot(page, 'language-sr-Cyrl-agenda-print');
      await page.keyboard.press('Escape');

      // Countries named in Serbian in the list and its filter, the filter sorted in Cyrillic order.
      await go(page, '#/people');
      const people = page.getByRole('grid');
      await expect(people.getByRole('row', { name: /Драган Јовановић/ })).toContainText('Србија');
      await expect(people.getByRole('row', { name: /Νίκος Αλεξίου/ })).toContainText('Грчка');
      const filter = page.getByRole('combobox', { name: catalog(code, 'people').people.filterCountry });
      const options = await filter.locator('option').allTextContents();
      expect(options).toEqual(expect.arrayContaining(['Грчка', 'Србија', 'Немачка', 'Босна и Херцеговина']));
      expect(options.indexOf('Грчка')).toBeLessThan(options.indexOf('Немачка'));
      await filter.selectOption({ label: 'Грчка' });
      await expect(people.getByRole('row', { name: /Драган Јовановић/ })).toHaveCount(0);
      await expect(people.getByRole('row', { name: /Νίκος Αλεξίου/ })).toContainText('Грчка');
      await page.screenshot({ path: '/tmp/countries-people-sr-Cyrl.png' });
      await filter.selectOption('');
    }
  }
  // Macedonian: Chromium has no dates for it until FormatJS's data is loaded, which choosing it does.
  await go(page, '#/settings');
  await page.getByTestId('language-picker').selectOption('mk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'mk');
  expect(await page.evaluate(() => new Intl.DateTimeFormat('mk', { month: 'long' }).format(new Date(2026, 11, 6)))).toBe('декември');
  // Country names too: Chromium names them in English for Macedonian until FormatJS's data is loaded.
  expect(await page.evaluate(() => new Intl.DisplayNames(['mk'], { type: 'region' }).of('GR'))).toBe('Грција');
  await go(page, '#/people');
  await expect(page.getByRole('grid').getByRole('row', { name: /Νίκος Αλεξίου/ })).toContainText('Грција');
  await expect(page.getByRole('combobox', { name: catalog('mk', 'people').people.filterCountry }).locator('option', { hasText: 'Германија' })).toHaveCount(1);
  await page.screenshot({ path: '/tmp/countries-people-mk.png' });
  await go(page, '#/calendar');
  await expect(page.locator('h1').first()).toHaveText(catalog('mk', 'calendar').calendar.title);

  // Back to English, as it was (leaving a polyfilled language starts the window again).
  await go(page, '#/settings');
  await page.getByTestId('language-picker').selectOption('en');
  await expect(page.locator('h1').first()).toHaveText('Settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('languages: a system in Romanian', () => {
  test.use({ locale: 'ro-RO' });

  test('starts in English and offers Romanian once, saying it is a draft; taking the offer switches', async ({ page, server }) => {
    const settings = catalog('ro', 'settings').settings;
    await page.goto(server.url);
    await expect(page.locator('h1').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const offer = page.locator('.toast', { hasText: 'Liaison poate fi afișat' });
    await expect(offer).toContainText(settings.language.status.draft);
    await offer.getByRole('button', { name: settings.language.offerAction.replace('{{language}}', 'Română') }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
    await expect(page.locator('.toast', { hasText: 'Liaison poate fi afișat' })).toHaveCount(0);
  });
});

test('languages: what the main process refuses shows in the interface language — an import refused in Serbian Cyrillic and in Romanian', async ({ page, server }) => {
  // An old Excel file starts with the OLE signature; a "workbook" that is plain text is not one.
  const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
  const cases = [
    { code: 'sr-Cyrl', file: { name: 'делегати.xls', mimeType: 'application/vnd.ms-excel', buffer: xls }, message: 'This is an old Excel .xls file. Save it as .xlsx or CSV in Excel and import that.' },
    { code: 'ro', file: { name: 'delegați.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('Name;Email\nAna;ana@example.org\n') }, message: 'This file is named .xlsx but is not an Excel workbook' },
  ];
  await page.goto(server.url);
  await expect(page.locator('h1').first()).toBeVisible();
  for (const { code, file, message } of cases) {
    const texts = catalog(code, 'import').import;
    const translated = catalog(code, 'issues')[message] as string;
    await go(page, '#/settings');
    await page.getByTestId('language-picker').selectOption(code);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await dismissToasts(page);
    await go(page, '#/people');
    await page.getByRole('button', { name: texts.open }).click();
    const wizard = page.getByRole('dialog', { name: texts.title });
    await wizard.getByLabel(texts.file.label).setInputFiles(file);
    // The service's English sentence, in the catalog's words; the English is nowhere on screen.
    await expect(wizard.getByTestId('import-file-error')).toHaveText(translated);
    await expect(wizard).not.toContainText(message);
    await screenshot(page, `language-${code}-refusal`);
    await page.keyboard.press('Escape');
    await expect(wizard).toHaveCount(0);
  }
  await go(page, '#/settings');
  await page.getByTestId('language-picker').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
