// `npm run audit:verify`: checks every area's chain of audit events (decision 0018) and prints OK with
// the counts, or the first event of each area that does not match (id, area, number), and exits 1.
// AUDIT_VERIFY_BATCH sets how many events are read at a time (default 5000).
// Run with tsx --conditions=react-server (see package.json).
import { closeDb, getDb } from '@/db/client';
import { describeBreak, verifyAuditChain } from '@/lib/audit/chain';

async function main(): Promise<number> {
  const started = Date.now();
  const batchSize = Number(process.env.AUDIT_VERIFY_BATCH ?? 5000);
  const report = await verifyAuditChain(await getDb(), { batchSize });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  for (const a of report.areas) {
    console.log(`  area ${a.areaId ?? 'none'}: ${a.events} events, head seq ${a.headSeq ?? '-'} hash ${a.headHash ?? '-'}${a.broken ? '  BROKEN' : ''}`);
  }
  if (report.ok) {
    console.log(`OK: ${report.events} events in ${report.areas.length} chains checked in ${seconds} s.`);
    return 0;
  }
  for (const b of report.broken) console.log(`BROKEN ${describeBreak(b)}`);
  console.log(`${report.broken.length} of ${report.areas.length} chains broken (${report.events} events matched before the breaks; ${seconds} s).`);
  return 1;
}

main()
  .then(async (code) => {
    await closeDb();
    process.exit(code);
  })
  .catch(async (err) => {
    console.error(err);
    await closeDb().catch(() => {});
    process.exit(2);
  });
