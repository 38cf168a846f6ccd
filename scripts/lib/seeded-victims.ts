// The personal values of the demo's victims, for the end-to-end run's check that none of them reaches
// the server's log (scripts/e2e.mjs). Writes JSON to stdout: [{ kind, value }], kind being what the
// value is ("victim name", "victim address", "victim phone"), so a failure can name the kind alone.
import { calendarFor } from '../../demo/calendar';
import { referralSpecs } from '../../demo/data/referrals';

const fields = { name: 'victim name', aliases: 'victim alias', address: 'victim address', phone: 'victim phone' } as const;

const found = new Map<string, string>();
for (const spec of referralSpecs(calendarFor(new Date()))) {
  const victim = spec.form.victim as Partial<Record<keyof typeof fields, unknown>>;
  for (const [field, kind] of Object.entries(fields) as [keyof typeof fields, string][]) {
    const value = victim[field];
    // Short values ("Not known", "") would match by chance; every real one is longer.
    if (typeof value === 'string' && value.trim().length >= 8) found.set(value.trim(), kind);
  }
}
process.stdout.write(JSON.stringify([...found].map(([value, kind]) => ({ kind, value }))));
