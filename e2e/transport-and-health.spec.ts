// What the production server sends (decision 0019): the security headers of lib/http/security-headers.mjs
// on pages, API routes and static files; a Content-Security-Policy without inline styles under which the
// pages still render with nothing refused; the session cookie's attributes; server actions refused from
// another site however X-Forwarded-Host is forged; and the operators' /api/health, /api/info, /api/ping.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { accounts } from './support/accounts';
import { SignInPage } from './pages/sign-in';

/** Every Content-Security-Policy violation the page reports while `work` runs. */
async function cspViolations(page: Page, work: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (apply|load|execute)/i.test(m.text())) seen.push(m.text());
  });
  await work();
  return seen;
}

test('pages, API routes and static files carry the security headers; over http, no HSTS', async ({ page, request }) => {
  const pageResponse = (await page.goto('/sign-in'))!;
  const headers = pageResponse.headers();
  const csp = headers['content-security-policy'];
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).toContain("style-src 'self';");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  // The test server is served over plain http (NEXTAUTH_URL http://localhost:...): HSTS would be ignored.
  expect(headers['strict-transport-security']).toBeUndefined();

  const api = await request.get('/api/ping');
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
  expect(api.headers()['content-security-policy']).toContain("default-src 'self'");

  // A static file (not seen by the proxy) still has the headers that never vary.
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  const css = await request.get(stylesheet!);
  expect(css.ok()).toBe(true);
  expect(css.headers()['x-content-type-options']).toBe('nosniff');
  expect(css.headers()['x-frame-options']).toBe('DENY');
});

test('the pages render under a CSP with no inline styles: nothing is refused', async ({ page }) => {
  const refused = await cspViolations(page, async () => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await signIn.signIn(accounts.coordinator.email);
    for (const path of ['/', '/cases', '/referrals', '/screening', '/meetings', '/action-items', '/notifications', '/account']) {
      await page.goto(path);
      await expect(page.locator('main')).toBeVisible();
    }
    // A case's pages (its timeline, tabs and the referral's text as typed, whose line breaks a class keeps).
    await page.goto('/cases');
    await page.getByRole('table', { name: 'Cases' }).getByRole('row').nth(1).getByRole('link').first().click();
    await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
    await page.goto('/screening');
    await page.getByRole('table', { name: 'Referrals to screen' }).getByRole('row').nth(1).getByRole('link').first().click();
    await expect(page.getByRole('heading', { name: 'Screen this referral' })).toBeVisible();
  });
  expect(refused).toEqual([]);
});

test('the session cookie is HttpOnly and SameSite=Lax; plainly named over http', async ({ page, context }) => {
  // An account the other specs hardly use: each demonstration code is accepted once, whoever sends it.
  await new SignInPage(page).signIn(accounts.chair.email);
  const session = (await context.cookies()).find((c) => c.name.endsWith('next-auth.session-token'));
  expect(session).toMatchObject({ name: 'next-auth.session-token', httpOnly: true, sameSite: 'Lax', path: '/' });
  // Over http a browser would refuse a Secure or __Host- cookie (over https it is __Host- and Secure: lib/http/session-cookie.ts).
  expect(session!.secure).toBe(false);
});

test('a server action from another site is refused, whatever X-Forwarded-Host says', async ({ request, baseURL }) => {
  const host = new URL(baseURL!).host;
  const forged: Record<string, string>[] = [
    { origin: 'http://evil.example', 'next-action': '0'.repeat(40) },
    { origin: 'http://evil.example', 'x-forwarded-host': 'evil.example', 'next-action': '0'.repeat(40) },
  ];
  for (const headers of forged) {
    const res = await request.post('/', { headers: { ...headers, host, 'content-type': 'text/plain;charset=UTF-8' }, data: '[]' });
    expect(res.status()).toBe(403);
    expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  }
});

test('operators: /api/health reports each dependency, /api/info the version and commit, /api/ping answers', async ({ request }) => {
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  const body = await health.json();
  expect(body).toMatchObject({ database: { state: 'ok' }, jobs: { runner: 'running' }, mail: { state: 'not_configured' } });
  expect(['ok', 'degraded']).toContain(body.status);
  expect(health.headers()['cache-control']).toContain('no-store');

  const info = await (await request.get('/api/info')).json();
  expect(info).toMatchObject({ name: 'marac-hub', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  expect(info.commit === null || /^[0-9a-f]{40}$/.test(info.commit)).toBe(true);

  const ping = await request.get('/api/ping');
  expect(ping.status()).toBe(200);
  expect(await ping.text()).toBe('pong');
});
