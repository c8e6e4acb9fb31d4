import { withLoopbackBrowser } from './browser';

export const LANGUAGE_SWITCH_TARGET_MS = 200;
const SWITCHES = ['ro', 'sr-Cyrl', 'el', 'tr', 'en'];

/**
 * The interface language changed in Settings, in Chromium over loopback: from the choice in the
 * picker until the screen is drawn again in the new language (its heading changed, `<html lang>` set).
 * The first switch to a language reads its catalog; the later ones find it loaded.
 */
export async function runLanguageSwitchBench(options: { rounds: number }) {
  return withLoopbackBrowser('language', async ({ url, newPage }) => {
    const page = await newPage();
    // The first load takes the session's token from the address; then the settings, by their route.
    await page.goto(url);
    await page.locator('h1').first().waitFor();
    await page.evaluate(() => {
      window.location.hash = '#/settings';
    });
    const picker = page.getByTestId('language-picker');
    await picker.waitFor();
    const first: number[] = [];
    const again: number[] = [];
    for (let round = 0; round < options.rounds; round++) {
      for (const code of SWITCHES) {
        const before = await page.locator('h1').first().textContent();
        const started = await page.evaluate(() => performance.now());
        await picker.selectOption(code);
        await page.waitForFunction(
          ([lang, heading]) => document.documentElement.lang === lang && document.querySelector('h1')?.textContent !== heading,
          [code, before] as const,
          { polling: 'raf' },
        );
        const took = (await page.evaluate(() => performance.now())) - started;
        (round === 0 ? first : again).push(took);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    return { switches: SWITCHES, firstMs: first, medianFirstMs: median(first), medianAgainMs: median(again), maxMs: Math.max(...first, ...again) };
  });
}
