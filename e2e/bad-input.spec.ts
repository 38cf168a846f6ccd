import http from 'node:http';
import { expect, test } from './support/fixtures';
import { accounts } from './support/accounts';
import { errorSummary, expectNoAxeViolations, shot } from './support/pages';
import { SignInPage } from './pages/sign-in';

// Bad input gets a clear answer, never a 500 (issue 11, finding 5).

test('list filters that do not parse are not used, and the page says so', async ({ page }) => {
  await new SignInPage(page).signIn(accounts.coordinator.email);

  const board = await page.goto('/action-items?dueFrom=2026-02-30&dueTo=2026-12-31&caseNumber=KV%00');
  expect(board?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'All actions' })).toBeVisible();
  await expect(page.getByText('The list is not filtered by “Case number” and “Due from”')).toBeVisible();
  // The date that was read is shown in its boxes; the one that was not is not used.
  const dueBy = page.getByRole('group', { name: 'Due by' });
  await expect(dueBy.getByLabel('Day')).toHaveValue('31');
  await expect(dueBy.getByLabel('Month')).toHaveValue('12');
  await expect(dueBy.getByLabel('Year')).toHaveValue('2026');
  await shot(page, 'actions-ignored-filters');
  await expectNoAxeViolations(page);

  for (const [path, heading, filter] of [
    ['/cases?q=Ann%00', 'Cases', 'Search'],
    ['/screening?q=%00&status=nonsense&agency=not-an-id', 'Screening', 'Status'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    await expect(page.getByTestId('ignored-filters'), path).toContainText(`“${filter}”`);
  }

  // Bytes that are not UTF-8 (a lone surrogate's encoding) reach the page as replacement characters: a plain search.
  expect((await page.goto('/cases?q=%ED%A0%80'))?.status()).toBe(200);

  const audit = await page.goto('/audit?from=2026-02-30&action=case.view%00');
  expect(audit?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
});

test('a text field refuses hidden characters beside the field, and a save that fails on its way keeps what was typed', async ({ page }) => {
  await new SignInPage(page).signIn(accounts.agency.email);
  await page.goto('/action-items?board=mine');
  const table = page.getByRole('table', { name: 'Actions' });
  await table.getByRole('row').filter({ hasText: /Open|In progress/ }).first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Update this action' })).toBeVisible();

  await page.getByRole('group', { name: 'Status' }).getByLabel('In progress').check();
  await page.getByLabel('Update note').fill('Visit booked\u0000 for Tuesday');
  await page.getByRole('button', { name: 'Save update' }).click();
  await expect(errorSummary(page)).toContainText('The note must not include hidden characters');
  await expect(page.locator('.govuk-error-message')).toContainText('The note must not include hidden characters');

  // The request is refused on its way (as a body over the limit would be): nothing saved, nothing lost.
  await page.route('**/*', (route) => (route.request().method() === 'POST' && route.request().headers()['next-action'] ? route.fulfill({ status: 413, body: 'too large' }) : route.continue()));
  await page.getByLabel('Update note').fill('Visit booked for Tuesday');
  await page.getByRole('button', { name: 'Save update' }).click();
  await expect(errorSummary(page)).toContainText('Nothing was saved. Your answers are still here');
  await expect(page.getByLabel('Update note')).toHaveValue('Visit booked for Tuesday');
  await shot(page, 'action-update-not-saved');
  await expectNoAxeViolations(page);
});

test('a server action from another site answers 403, one too large 413, and sign-in refuses a huge body', async ({ request, baseURL }) => {
  const action = { 'next-action': '0000000000000000000000000000000000000000', 'content-type': 'text/plain;charset=UTF-8' };
  const foreign = await request.post('/action-items', { headers: { ...action, origin: 'https://evil.example' }, data: '[]' });
  expect(foreign.status()).toBe(403);
  expect(await foreign.text()).toContain('This request came from another website');

  const big = await request.post('/action-items', { headers: { ...action, origin: baseURL! }, data: 'x'.repeat(2 * 1024 * 1024) });
  expect(big.status()).toBe(413);
  expect(await big.text()).toContain('What you sent is too large');

  const signIn = await request.post('/api/auth/callback/credentials', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, data: `email=a%40b.c&password=${'x'.repeat(20 * 1024 * 1024)}` });
  expect(signIn.status()).toBe(413);
});

/** Posts to the app with Node's own client, so that nothing adds a Content-Length the test leaves out. */
function rawPost(baseURL: string, path: string, headers: Record<string, string>, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(path, baseURL), { method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

test('a server action whose body cannot be read answers 400, and real actions, sent as text or as form data, with or without JavaScript, still work', async ({ page, browser, baseURL, ownAreas }) => {
  // An area of its own: the email choices it saves and the referrals it starts are read by no other test.
  const area = ownAreas.get('unreadable-actions');
  await new SignInPage(page).signIn(area.person('adults').email, area.password);

  // A real action sent as text (a JSON array of its arguments): the email choices.
  await page.goto('/account/email');
  const sent = page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
  await page.getByRole('button', { name: 'Save email choices' }).click();
  const actionId = (await sent).headers()['next-action'];
  await expect(page.getByText('Your email choices are saved.')).toBeVisible();

  const sentinel = 'Sentinel Victim Name';
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const headers = { 'next-action': actionId, origin: baseURL!, cookie };
  const unreadable = [
    ['invalid JSON', { ...headers, 'content-type': 'text/plain;charset=UTF-8', 'content-length': String(sentinel.length + 14) }, [`[{"emailed":["${sentinel}`]],
    ['invalid JSON in chunks, with no Content-Length', { ...headers, 'content-type': 'text/plain;charset=UTF-8' }, ['[{"emailed":', `["${sentinel}"`]],
    ['an empty body', { ...headers, 'content-type': 'text/plain;charset=UTF-8', 'content-length': '0' }, []],
    ['no body and no Content-Length', { ...headers, 'content-type': 'text/plain;charset=UTF-8' }, []],
    ['a reference to a part that is not there', { ...headers, 'content-type': 'text/plain;charset=UTF-8' }, [`["$Q1","${sentinel}"]`]],
    ['broken form data', { ...headers, 'content-type': 'multipart/form-data; boundary=xyz' }, [`--xyz\r\nnot a part ${sentinel}`]],
  ] as const;
  for (const [what, h, chunks] of unreadable) {
    const answer = await rawPost(baseURL!, '/account/email', h, [...chunks]);
    expect(answer.status, what).toBe(400);
    expect(answer.body, what).toContain('What you sent could not be read');
    expect(answer.body, what).not.toContain(sentinel);
    expect(answer.body, what).not.toMatch(/ at |Error/);
  }
  // Form data whose arguments are not JSON, through the browser's own request client.
  const form = await page.request.post('/account/email', { headers: { 'next-action': actionId, origin: baseURL! }, multipart: { '0': `{${sentinel}` } });
  expect(form.status()).toBe(400);
  // Sent in chunks with no Content-Length: read up to the limit, then refused as too large.
  const huge = await rawPost(baseURL!, '/account/email', { ...headers, 'content-type': 'text/plain;charset=UTF-8' }, Array(40).fill('x'.repeat(64 * 1024)));
  expect(huge.status).toBe(413);
  // A well-formed body in chunks with no Content-Length reaches the action, which saves.
  const chunked = await rawPost(baseURL!, '/account/email', { ...headers, 'content-type': 'text/plain;charset=UTF-8' }, ['[{"emailed":', '["action_assigned"]}]']);
  expect(chunked.status).toBe(200);
  await page.reload();
  await expect(page.getByLabel('An action is given to my agency')).toBeChecked();
  await expect(page.getByLabel('An action of my agency is overdue')).not.toBeChecked();
  // An action id that does not exist: Next.js says the action is unavailable (409), not a 500.
  const unknown = await rawPost(baseURL!, '/account/email', { ...headers, 'next-action': `40${'f'.repeat(40)}`, 'content-type': 'text/plain;charset=UTF-8' }, ['[]']);
  expect(unknown.status).toBe(409);

  // A real action sent as form data (a <form action>), with JavaScript: a new referral is started.
  await page.goto('/referrals');
  await page.getByRole('button', { name: 'Start a new referral' }).click();
  await expect(page).toHaveURL(/\/referrals\/[0-9a-f-]{36}/);
  // And without JavaScript: the browser posts the form itself, with no Next-Action header.
  const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), baseURL });
  const noScript = await plain.newPage();
  await noScript.goto('/referrals');
  await noScript.getByRole('button', { name: 'Start a new referral' }).click();
  await expect(noScript).toHaveURL(/\/referrals\/[0-9a-f-]{36}/);
  await plain.close();
});
