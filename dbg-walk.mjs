import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
const base = 'http://localhost:3000';
const shot = (p, n) => p.screenshot({ path: `/tmp/dbg/${n}.png`, fullPage: true });
async function signIn(email) {
  const ctx = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(base + '/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill('marac-demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/sign-in\/code/);
  const code = (await page.locator('#demo-code').textContent()).replace(/\D/g, '');
  await page.getByLabel(/code/i).first().fill(code);
  await page.getByRole('button', { name: /Continue|Sign in|Verify/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
  return page;
}
const step = process.argv[2];
if (step === 'household') {
  const p = await signIn('housing@marac.example');
  await p.goto(base + '/referrals');
  await p.getByRole('button', { name: 'Start a new referral' }).click();
  await p.getByRole('heading', { name: 'Complete the referral' }).waitFor();
  await p.goto(p.url() + '/household');
  const person = (n) => p.getByRole('group', { name: `Person ${n}`, exact: true });
  await p.getByRole('button', { name: 'Add a child or household member' }).click();
  await person(1).getByLabel('Name', { exact: true }).fill('Rowan Tester');
  await p.getByRole('button', { name: 'Add another person' }).click();
  await person(2).getByLabel('Name', { exact: true }).fill('Briar Tester');
  await person(2).getByLabel('Day').fill('31');
  await person(2).getByLabel('Month').fill('2');
  await person(2).getByLabel('Year').fill('2015');
  await p.getByRole('button', { name: 'Save and continue' }).click();
  await p.waitForTimeout(1500);
  await shot(p, 'w-household-error');
  await p.getByRole('button', { name: 'Remove person 1' }).click();
  await p.waitForTimeout(300);
  console.log('person 1 now', await person(1).getByLabel('Name', { exact: true }).inputValue(), await person(1).getByLabel('Day').inputValue());
  await shot(p, 'w-household-removed');
}
if (step === 'action') {
  const p = await signIn('idva@marac.example');
  await p.goto(base + '/action-items?board=mine');
  await p.getByRole('row').nth(1).getByRole('link').first().click();
  await p.waitForTimeout(1000);
  await p.getByRole('button', { name: /Save/ }).first().click();
  await p.waitForTimeout(1000);
  await shot(p, 'w-action');
}
if (step === 'agenda') {
  const p = await signIn('coordinator@marac.example');
  await p.goto(base + '/meetings');
  await p.getByRole('row').filter({ hasText: /Agenda published/ }).first().getByRole('link').first().click();
  await p.waitForTimeout(1000);
  await shot(p, 'w-agenda');
}
if (step === 'chair') {
  const p = await signIn('chair@marac.example');
  await p.goto(base + '/meetings');
  await p.getByRole('row').filter({ hasText: /Finalised|finalised/ }).first().getByRole('link').first().click();
  await p.waitForTimeout(1000);
  await shot(p, 'w-chair-meeting');
}
await browser.close();
