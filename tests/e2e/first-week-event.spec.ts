import { expect, test } from './fixtures';

test('repro', async ({ page, server }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.stack ?? e.message));
  page.on('console', (m) => { errors.push(m.text()); });
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Calendar', exact: true }).click();
  await page.getByRole('button', { name: 'New event' }).click();
  const panel = page.getByRole('dialog', { name: 'New event' });
  await panel.getByLabel('Title').fill('Planning');
  await panel.getByLabel('First day').evaluate((el) => { el.addEventListener('input', () => console.log('INPUT ' + JSON.stringify((el as HTMLInputElement).value)), true); });
  await panel.getByLabel('First day').click();
  await page.keyboard.press('Backspace');
  await page.waitForTimeout(500);
  console.log(errors.join('\n---\n').slice(0, 3000));
  console.log(await panel.getByLabel('First day').inputValue().catch(() => 'gone'));
  await expect(panel.getByLabel('Title')).toHaveValue('Planning');
});
