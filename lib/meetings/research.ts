import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { agencies, agendaItems, cases, research, users } from '@/db/schema';
import { can } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied, InputRejected, StaleVersion } from '@/lib/errors';
import { loadMeetingFor } from './agenda';
import type { z } from 'zod';
import { knownId } from '@/lib/input/ids';
import { parseInput } from '@/lib/input/parse';
import { researchSchema } from './schemas';
import { now } from '@/db/clock';
import { visibleCaseIds } from '@/lib/authz/cases';

/** A listed case's agenda item, for reading its research or recording it: refused as not found, under that action, otherwise. */
async function loadListedItem(tx: Tx, me: Viewer, itemId: string, action: 'research.view' | 'research.record') {
  const [item] = await tx.select().from(agendaItems).where(eq(agendaItems.id, knownId(itemId, action, 'agenda_item'))).limit(1);
  if (!item || item.deferredToMeetingId) throw new AccessDenied(action, 'agenda_item', itemId, true);
  const meeting = await loadMeetingFor(tx, me, item.meetingId, action);
  // Only while the viewer may see the case: not after an agency's part in it has ended.
  if (!(await visibleCaseIds(tx, me, [item.caseId])).has(item.caseId)) throw new AccessDenied(action, 'agenda_item', itemId, true);
  return { item, meeting };
}

export interface ResearchView {
  itemId: string;
  meetingId: string;
  meetingStartsAt: Date;
  caseId: string;
  caseNumber: string;
  open: boolean;
  mine: { version: number; noTrace: boolean; facts: string; opinion: string; risks: string; withheld: string; updatedAt: Date | null; updatedBy: string | null };
  /** For coordinators and chairs: every agency's research on the case. */
  all: { agencyName: string; noTrace: boolean; facts: string | null; opinion: string | null; risks: string | null; withheld: string | null; updatedBy: string; updatedAt: Date }[] | null;
}

/** One listed case's research: the viewer's agency's own, and everyone's for the coordinator and chair. */
export function getResearch(viewer: Viewer, itemId: string): Promise<ResearchView> {
  return withViewer(viewer, async (tx, me) => {
    const { item, meeting } = await loadListedItem(tx, me, itemId, 'research.view');
    const [found] = await tx.select({ number: cases.number }).from(cases).where(eq(cases.id, item.caseId));
    const rows = await tx
      .select({ r: research, agencyName: agencies.name, updatedBy: users.name })
      .from(research)
      .innerJoin(agencies, eq(agencies.id, research.agencyId))
      .innerJoin(users, eq(users.id, research.updatedBy))
      .where(eq(research.agendaItemId, item.id))
      .orderBy(asc(agencies.name));
    const mine = rows.find((x) => x.r.agencyId === me.agencyId);
    const seesAll = can(me, 'meeting.run', { areaId: me.areaId });
    await recordAudit(tx, me, { action: 'research.view', resourceType: 'agenda_item', resourceId: item.id, caseId: item.caseId });
    return {
      itemId: item.id,
      meetingId: meeting.id,
      meetingStartsAt: meeting.startsAt,
      caseId: item.caseId,
      caseNumber: found.number,
      open: meeting.status === 'agenda_published',
      mine: {
        version: mine?.r.version ?? 0,
        noTrace: mine?.r.noTrace ?? false,
        facts: mine?.r.facts ?? '',
        opinion: mine?.r.opinion ?? '',
        risks: mine?.r.risks ?? '',
        withheld: mine?.r.withheld ?? '',
        updatedAt: mine?.r.updatedAt ?? null,
        updatedBy: mine?.updatedBy ?? null,
      },
      all: seesAll
        ? rows.map((x) => ({
            agencyName: x.agencyName,
            noTrace: x.r.noTrace,
            facts: x.r.facts,
            opinion: x.r.opinion,
            risks: x.r.risks,
            withheld: x.r.withheld,
            updatedBy: x.updatedBy,
            updatedAt: x.r.updatedAt,
          }))
        : null,
    };
  });
}

/**
 * Records what the viewer's agency holds on a listed case, once the agenda is published. A save made
 * from an out-of-date version (a colleague saved in between) is refused, and the text is kept.
 */
export async function saveResearch(viewer: Viewer, raw: z.input<typeof researchSchema>): Promise<{ version: number }> {
  const input = parseInput(researchSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const { item, meeting } = await loadListedItem(tx, me, input.agendaItemId, 'research.record');
    if (!can(me, 'research.record', { areaId: meeting.areaId }) || meeting.status !== 'agenda_published') {
      throw new InputRejected({ form: 'Research can be recorded only while the agenda is published and before the meeting is held.' });
    }
    const values = {
      noTrace: input.noTrace === 'yes',
      facts: input.noTrace === 'yes' ? null : input.facts || null,
      opinion: input.noTrace === 'yes' ? null : input.opinion || null,
      risks: input.noTrace === 'yes' ? null : input.risks || null,
      withheld: input.withheld || null,
      updatedBy: me.userId,
      updatedAt: now(),
    };
    const [existing] = await tx.select().from(research).where(and(eq(research.agendaItemId, item.id), eq(research.agencyId, me.agencyId))).for('update');
    if ((existing?.version ?? 0) !== input.version) throw new StaleVersion();
    let version = 1;
    if (existing) {
      [{ version }] = await tx.update(research).set({ ...values, version: existing.version + 1 }).where(eq(research.id, existing.id)).returning({ version: research.version });
    } else {
      const inserted = await tx.insert(research).values({ agendaItemId: item.id, agencyId: me.agencyId, ...values }).onConflictDoNothing().returning({ id: research.id });
      if (inserted.length === 0) throw new StaleVersion();
    }
    await recordAudit(tx, me, { action: 'research.save', resourceType: 'agenda_item', resourceId: item.id, caseId: item.caseId, detail: values.noTrace ? 'no_trace' : null });
    return { version };
  });
}
