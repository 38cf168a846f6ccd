import { readdirSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Run through `npm run test:e2e` (scripts/e2e.mjs), which builds the app, starts it on a fresh
// database with the demo data and the tests' own areas, and points E2E_BASE_URL at it.
// Every test on its own: no test may count on another having run before it. Two workers, but one under CI:
// the demo accounts sign in with a one-time code (MFA), and an account can take at most about two codes
// in 30 seconds, so two workers signing in the same account at once can keep one of them waiting past its
// timeout (e2e/pages/sign-in.ts waits for the next code).

/**
 * With E2E_SHUFFLE_SEED, one project per spec file, in an order shuffled by that seed: Playwright
 * runs projects in the order given (and, within one, files by name), and has no shuffle of its own.
 */
function projects() {
  const seed = process.env.E2E_SHUFFLE_SEED;
  if (seed === undefined) return [{ name: 'chromium' }];
  const files = readdirSync('./e2e').filter((f) => f.endsWith('.spec.ts')).sort();
  // mulberry32: a small seeded generator, so that a seed gives the same order on every machine.
  let state = Number(seed) >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = files.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [files[i], files[j]] = [files[j], files[i]];
  }
  return files.map((file) => ({ name: file.replace(/\.spec\.ts$/, ''), testMatch: new RegExp(`[\\\\/]${file.replace(/\./g, '\\.')}$`) }));
}

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:3100',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    launchOptions: {
      // Debian's Chromium: Playwright never downloads a browser here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless=new',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
      ],
    },
  },
  projects: projects(),
});
