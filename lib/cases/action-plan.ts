import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import { actionItems, agencies, areas, meetings, referrals } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { ownerJoin, ownerNameSql, ownerUser } from '@/lib/action-items/owner';
import { loadCaseFor } from '@/lib/authz/cases';

export interface ActionPlan {
  areaName: string;
  caseNumber: string;
  victimName: string | null;
  actions: { agreedOn: string; description: string; agencyName: string; ownerName: string; dueOn: string; status: string }[];
}

/** A case's action plan, for its PDF: every agreed action, never the victim's contact details. */
export function getActionPlan(viewer: Viewer, caseId: string): Promise<ActionPlan> {
  return withViewer(viewer, async (tx, me) => {
    const found = await loadCaseFor(tx, me, caseId, 'case.export_action_plan');
    const [[area], [latest], rows] = await Promise.all([
      tx.select({ name: areas.name }).from(areas).where(eq(areas.id, found.areaId)),
      tx
        .select({ victimName: referrals.victimName })
        .from(referrals)
        .where(and(eq(referrals.caseId, found.id), eq(referrals.status, 'accepted')))
        .orderBy(desc(referrals.submittedAt))
        .limit(1),
      tx
        .select({ a: actionItems, agencyName: agencies.name, ownerName: ownerNameSql, meetingAt: meetings.startsAt })
        .from(actionItems)
        .leftJoin(ownerUser, ownerJoin)
        .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
        .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
        .where(eq(actionItems.caseId, found.id))
        .orderBy(asc(meetings.startsAt), asc(actionItems.dueOn)),
    ]);
    await recordAudit(tx, me, { action: 'case.action_plan_pdf', resourceType: 'case', resourceId: found.id, caseId: found.id });
    return {
      areaName: area.name,
      caseNumber: found.number,
      victimName: latest?.victimName ?? null,
      actions: rows.map(({ a, agencyName, ownerName, meetingAt }) => ({
        agreedOn: meetingAt.toISOString().slice(0, 10),
        description: a.description,
        agencyName,
        ownerName,
        dueOn: a.dueOn,
        status: a.status,
      })),
    };
  });
}
