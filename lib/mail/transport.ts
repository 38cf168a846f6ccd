import 'server-only';
import nodemailer from 'nodemailer';
import type { MailSettings } from '@/lib/settings';

/** An SMTP connection to the configured server. Close it when done. */
export function createMailer(mail: MailSettings) {
  return nodemailer.createTransport({
    host: mail.host,
    port: mail.port,
    secure: mail.secure,
    auth: mail.user ? { user: mail.user, pass: mail.password ?? '' } : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
}

export type Mailer = ReturnType<typeof createMailer>;
