// Database commands for npm scripts: `migrate` applies the migrations; `seed` also fills an empty
// database with the demo area, made through the app's own verbs (demo/seed.ts); `e2e-areas <file>
// [part/parts]` adds the end-to-end tests' own areas (demo/e2e-areas.ts), or one part of them, and
// writes what it made to <file> as JSON.
// Run with tsx --conditions=react-server (see package.json).
import { writeFileSync } from 'node:fs';
import { closeDb } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { makeOwnAreas } from '@/demo/e2e-areas';
import { seedDemo } from '@/demo/seed';

async function main(command: string | undefined, file: string | undefined, part = '1/1') {
  if (command === 'e2e-areas') {
    const [n, parts] = part.split('/').map(Number);
    if (!file || !(n >= 1 && n <= parts)) throw new Error('usage: db.ts e2e-areas <file> [part/parts]');
    const started = Date.now();
    const areas = await makeOwnAreas(n - 1, parts);
    writeFileSync(file, JSON.stringify(areas, null, 2));
    console.log(`End-to-end tests' own areas added: ${areas.length} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return;
  }
  if (command !== 'migrate' && command !== 'seed') throw new Error('usage: db.ts migrate|seed|e2e-areas <file>');
  await migrateDb();
  console.log('Database migrated.');
  if (command === 'seed') {
    const started = Date.now();
    const { seeded, events } = await seedDemo();
    console.log(seeded ? `Demo data added: ${events} events in ${((Date.now() - started) / 1000).toFixed(1)} s.` : 'Database already has data: demo data not added.');
  }
}

main(process.argv[2], process.argv[3], process.argv[4])
  .then(() => closeDb())
  .catch(async (err) => {
    console.error(err);
    await closeDb().catch(() => {});
    process.exit(1);
  });
