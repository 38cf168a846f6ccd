import 'server-only';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@/db/rows';
import { assertCan } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import { toCsv } from '@/lib/csv';
import type { Viewer } from '@/lib/auth/viewer-type';

export interface EscalationRow {
  actionItemId: string;
  agencyName: string;
  caseNumber: string;
  description: string;
  ownerName: string;
  dueOn: string;
  agreedOn: string;
}

/**
 * For the MARAC steering group: actions not done by an agency that also left actions not done from
 * the meeting before or after (not done at two meetings in a row). No victim's details: case numbers only.
 */
export function listEscalations(viewer: Viewer, purpose: 'view' | 'export' = 'view'): Promise<EscalationRow[]> {
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'action_item.list_all', { areaId: me.areaId }, { type: 'action_item' });
    if (purpose === 'export') assertCan(me, 'action_item.export', { areaId: me.areaId }, { type: 'action_item' });
    const result = await tx.execute(sql`
      with held as (
        select id, starts_at, row_number() over (order by starts_at) as n
        from meetings where area_id = ${me.areaId} and status in ('held', 'finalised')
      ),
      not_done as (
        select a.id, a.owner_agency_id, a.case_id, a.description, a.owner_name, a.owner_user_id, a.due_on, held.starts_at, held.n
        from action_items a join held on held.id = a.meeting_id
        where a.status = 'not_done'
      ),
      -- Each agency's meetings with something not done, once each: checking neighbours against this
      -- small set, not every not-done action, keeps the list quick on a long history.
      flagged as (select distinct owner_agency_id, n from not_done)
      select nd.id as "actionItemId", ag.name as "agencyName", c.number as "caseNumber", nd.description,
             coalesce(owner_user.name, nd.owner_name) as "ownerName", nd.due_on::text as "dueOn", to_char(nd.starts_at, 'YYYY-MM-DD') as "agreedOn"
      from not_done nd
      join agencies ag on ag.id = nd.owner_agency_id
      join cases c on c.id = nd.case_id
      left join users owner_user on owner_user.id = nd.owner_user_id
      where exists (select 1 from flagged f where f.owner_agency_id = nd.owner_agency_id and f.n in (nd.n - 1, nd.n + 1))
      order by ag.name, nd.starts_at, c.number`);
    const rows = rowsOf<EscalationRow>(result);
    await recordAudit(tx, me, { action: purpose === 'export' ? 'action_item.escalation_export' : 'action_item.escalation_view', resourceType: 'action_item', detail: `rows_${rows.length}` });
    return rows;
  });
}

/** The escalation list as CSV, quoted for spreadsheets; a cell that starts like a formula is defused. */
export function escalationCsv(rows: EscalationRow[]): string {
  const header = ['Agency', 'Case', 'Action', 'Owner', 'Due', 'Agreed at the MARAC of'];
  return toCsv(header, rows.map((r) => [r.agencyName, r.caseNumber, r.description, r.ownerName, r.dueOn, r.agreedOn]));
}
