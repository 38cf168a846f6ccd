import 'server-only';

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

/** Settings read from the environment (see README, Configuration). Read on each call so tests can vary them. */
export function getSettings() {
  return {
    sessionIdleMinutes: positive('SESSION_IDLE_MINUTES', 30),
    sessionMaxHours: positive('SESSION_MAX_HOURS', 12),
    lockoutAttempts: 5,
    lockoutWindowMinutes: 15,
    lockoutMinutes: 15,
    setupLinkHours: 72,
    /** The address users reach the app on; set-up links are built from it. */
    appUrl: (process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, ''),
    demo: process.env.MARAC_DEMO === '1',
  };
}

export const minutes = (n: number) => n * 60_000;
