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
    /** The largest evidence file that may be attached to an incident, in megabytes (of 1,048,576 bytes). */
    attachmentMaxMb: attachmentMaxMb(),
    mail: mailSettings(),
  };
}

/** The proxy hands a route at most 101 MB of a body (next.config.mjs): a larger limit could not be met. */
function attachmentMaxMb(): number {
  const mb = positive('ATTACHMENT_MAX_MB', 20);
  if (mb > 100) throw new Error('ATTACHMENT_MAX_MB must be 100 or less');
  return mb;
}

export interface MailSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS is used when the server offers it. */
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
}

/** The SMTP server email is sent through; null when SMTP_HOST is not set, and then no email is sent. */
function mailSettings(): MailSettings | null {
  const host = process.env.SMTP_HOST;
  if (!host) return null;
  return {
    host,
    port: positive('SMTP_PORT', 587),
    secure: process.env.SMTP_SECURE === 'true',
    user: process.env.SMTP_USER || null,
    password: process.env.SMTP_PASSWORD || null,
    from: process.env.MAIL_FROM || 'Marac Hub <no-reply@marac-hub.invalid>',
  };
}

export const minutes = (n: number) => n * 60_000;
