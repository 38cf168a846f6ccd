// A case's incident log grown in SQL for `npm run bench`: `incidents` entries over two years across
// every channel (one in ten corrected, one in fifty withdrawn) and `files` attachments spread over
// them. Only the attachments' records are made (names, types, sizes, hashes): the export and the
// pages read those, never the bytes.
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { incidentChannels, stalkingBehaviours } from '@/db/enums';
import { execute } from './grow-area';

export async function growLog(db: Db, o: { caseId: string; userId: string; incidents: number; files: number }) {
  const channels = sql`array[${sql.join(incidentChannels.map((c) => sql`${c}`), sql`, `)}]::incident_channel[]`;
  const behaviours = sql`array[${sql.join(stalkingBehaviours.map((b) => sql`${b}`), sql`, `)}]::stalking_behaviour[]`;
  await db.transaction(async (tx) => {
    await execute(tx, sql`select setseed(0.13)`);
    const [{ area_id: areaId, agency_id: agencyId }] = await execute<{ area_id: string; agency_id: string }>(
      tx,
      sql`select c.area_id, u.agency_id from cases c, users u where c.id = ${o.caseId} and u.id = ${o.userId}`,
    );
    await execute(
      tx,
      sql`insert into incidents (area_id, case_id, number, withdrawn_at, withdrawn_by, withdrawn_agency_id, withdrawal_reason)
        select ${areaId}, ${o.caseId}, n,
          case when n % 50 = 0 then now() end, case when n % 50 = 0 then ${o.userId}::uuid end,
          case when n % 50 = 0 then ${agencyId}::uuid end, case when n % 50 = 0 then 'Logged twice' end
        from generate_series(1, ${o.incidents}::int) n`,
    );
    await execute(tx, sql`insert into incident_numbers (case_id, last_number) values (${o.caseId}, ${o.incidents}) on conflict (case_id) do update set last_number = excluded.last_number`);
    // Each happened at a random moment of the last two years (the log is listed by when, not by number).
    await execute(
      tx,
      sql`insert into incident_versions (incident_id, version, occurred_precision, occurred_at, channel, platform, account, summary, behaviours, recorded_by, recorded_agency_id)
        select i.id, 1, 'exact', now() - make_interval(secs => random() * 730 * 86400),
          (${channels})[1 + i.number % ${incidentChannels.length}::int],
          case when i.number % ${incidentChannels.length}::int in (4, 5) then 'Chatterbox' end,
          '@bench_' || (i.number % 7),
          'Bench incident ' || i.number || ': a message about where she was that evening',
          array[(${behaviours})[1 + i.number % ${stalkingBehaviours.length}::int], (${behaviours})[1 + (i.number / 3) % ${stalkingBehaviours.length}::int]],
          ${o.userId}, ${agencyId}
        from incidents i where i.case_id = ${o.caseId}`,
    );
    await execute(
      tx,
      sql`insert into incident_versions (incident_id, version, occurred_precision, occurred_at, channel, platform, account, summary, behaviours, recorded_by, recorded_agency_id, correction_reason)
        select v.incident_id, 2, v.occurred_precision, v.occurred_at + interval '1 hour', v.channel, v.platform, v.account, v.summary || ' (corrected)', v.behaviours, v.recorded_by, v.recorded_agency_id, 'The time was an hour later'
        from incident_versions v join incidents i on i.id = v.incident_id where i.case_id = ${o.caseId} and i.number % 10 = 0`,
    );
    await execute(
      tx,
      sql`insert into attachments (area_id, case_id, incident_id, file_name, mime_type, size_bytes, sha256, storage_key, added_by, added_agency_id)
        select ${areaId}, ${o.caseId}, i.id, 'screenshot-' || f || '.png', 'image/png', 50000 + f * 37, encode(sha256(('bench ' || f)::bytea), 'hex'), 'bench-' || gen_random_uuid(), ${o.userId}, ${agencyId}
        from generate_series(1, ${o.files}::int) f join incidents i on i.case_id = ${o.caseId} and i.number = 1 + (f * 7) % ${o.incidents}::int`,
    );
  });
}
