import { expect, test } from './fixtures';

test.describe('loopback security, seen from a browser', () => {
  test('a page on another origin cannot call the contract, even knowing the token', async ({ server, page }) => {
    // A second local server plays the part of a hostile page the user happens to open.
    await page.route('http://evil.localhost/', (route) => route.fulfill({ body: '<!doctype html><title>evil</title>', contentType: 'text/html' }));
    await page.goto('http://evil.localhost/');
    const outcome = await page.evaluate(
      async ({ origin, token }) => {
        try {
          const response = await fetch(`${origin}/rpc/people.create`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ fullName: 'Intruder' }),
          });
          return `status ${response.status}`;
        } catch {
          return 'blocked';
        }
      },
      { origin: server.origin, token: server.token },
    );
    // Either the browser blocks the cross-origin request, or the server answers 403: never a write.
    expect(['blocked', 'status 403']).toContain(outcome);
    const people = await server.rpc('people.list', {});
    expect(people.total).toBe(0);
  });

  test('the app page carries a strict Content-Security-Policy and runs no inline script', async ({ server, page }) => {
    const response = await page.goto(server.url);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await expect(page.getByRole('navigation')).toBeVisible();
    // The same policy is in the page itself, for the Electron window that has no server to send a header.
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toContain("default-src 'self'");
    const injected = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.head.append(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(injected).toBe(false);
  });

  test('GET /rpc lists every call with JSON Schemas for automation', async ({ server }) => {
    const response = await fetch(`${server.origin}/rpc`, { headers: { Authorization: `Bearer ${server.token}` } });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { calls: { name: string }[] } };
    expect(data.calls.map((c) => c.name)).toEqual(expect.arrayContaining(['people.list', 'organisations.create', 'system.info']));
  });
});
