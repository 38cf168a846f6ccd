// `npm run area:create -- --name "Kestrel Vale" --prefix KV --agency "Kestrel Vale CSP" --agency-type other
//   --admin-name "Dana Whitfield" --admin-email dana@example.org`: sets up a new MARAC area with its first
// agency and administrator, and prints the administrator's one-time set-up link (valid 72 hours).
// Run with tsx --conditions=react-server (see package.json).
import { parseArgs } from 'node:util';
import { closeDb } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { createArea } from '@/lib/areas/create';
import { InputRejected } from '@/lib/errors';

/** The command-line flag of each field, for messages. */
const flags: Record<string, string> = { name: 'name', caseNumberPrefix: 'prefix', agencyName: 'agency', agencyType: 'agency-type', adminName: 'admin-name', adminEmail: 'admin-email' };

async function main() {
  const { values } = parseArgs({
    options: {
      name: { type: 'string', default: '' },
      prefix: { type: 'string', default: '' },
      agency: { type: 'string', default: '' },
      'agency-type': { type: 'string', default: 'other' },
      'admin-name': { type: 'string', default: '' },
      'admin-email': { type: 'string', default: '' },
    },
  });
  await migrateDb();
  const created = await createArea({
    name: values.name,
    caseNumberPrefix: values.prefix,
    agencyName: values.agency,
    agencyType: values['agency-type'] as never,
    adminName: values['admin-name'],
    adminEmail: values['admin-email'],
  });
  console.log(`Area set up. Give the administrator this set-up link (valid 72 hours) to choose a password:\n${created.setupLink}`);
}

main()
  .then(() => closeDb())
  .catch(async (err) => {
    if (err instanceof InputRejected) console.error(Object.entries(err.fieldErrors).map(([field, message]) => `--${flags[field] ?? field}: ${message}`).join('\n'));
    else console.error(err);
    await closeDb().catch(() => {});
    process.exit(1);
  });
