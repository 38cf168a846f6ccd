// Database commands for npm scripts: `migrate` applies the migrations; `seed` also fills an empty
// database with the demo area, made through the app's own verbs (demo/seed.ts). Run with
// tsx --conditions=react-server (see package.json).
import { closeDb } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { seedDemo } from '@/demo/seed';

async function main(command: string | undefined) {
  if (command !== 'migrate' && command !== 'seed') throw new Error('usage: db.ts migrate|seed');
  await migrateDb();
  console.log('Database migrated.');
  if (command === 'seed') {
    const started = Date.now();
    const { seeded, events } = await seedDemo();
    console.log(seeded ? `Demo data added: ${events} events in ${((Date.now() - started) / 1000).toFixed(1)} s.` : 'Database already has data: demo data not added.');
  }
}

main(process.argv[2])
  .then(() => closeDb())
  .catch(async (err) => {
    console.error(err);
    await closeDb().catch(() => {});
    process.exit(1);
  });
