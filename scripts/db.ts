// Database commands for npm scripts: `migrate` applies the migrations; `seed` also fills an empty
// database with the demo area. Run with tsx --conditions=react-server (see package.json).
import { closeDb, getDb } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { seedDemo } from '@/db/seed';

async function main(command: string | undefined) {
  if (command !== 'migrate' && command !== 'seed') throw new Error('usage: db.ts migrate|seed');
  await migrateDb();
  console.log('Database migrated.');
  if (command === 'seed') {
    const { seeded } = await seedDemo(await getDb());
    console.log(seeded ? 'Demo data added.' : 'Database already has data: demo data not added.');
  }
}

main(process.argv[2])
  .then(() => closeDb())
  .catch(async (err) => {
    console.error(err);
    await closeDb().catch(() => {});
    process.exit(1);
  });
