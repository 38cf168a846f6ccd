import { describe, expect, it } from 'vitest';
import { roles } from '@/db/schema/users';
import { actions, assertCan, can, policy } from '.';
import { AccessDenied } from '@/lib/errors';

/** The whole matrix, one line per action: what each role may do, and in which relation to the record. */
function matrix(): string {
  const width = Math.max(...actions.map((a) => a.length));
  const header = ['action'.padEnd(width), ...roles.map((r) => r.padEnd(11))].join(' | ');
  const lines = actions.map((action) =>
    [action.padEnd(width), ...roles.map((role) => (policy[action][role]?.join('+') ?? '-').padEnd(11))].join(' | '),
  );
  return [header, ...lines].join('\n');
}

describe('the access policy', () => {
  it('is the matrix we agreed (print it with `npx vitest run lib/authz`)', () => {
    const printed = matrix();
    console.log(`\n${printed}\n`);
    expect(printed).toBe(
      [
        'action                | admin       | coordinator | chair       | agency      | ig_lead    ',
        'dashboard.view        | any         | any         | any         | any         | any        ',
        'user.list             | same_area   | -           | -           | -           | -          ',
        'user.view             | same_area   | self        | self        | self        | self       ',
        'user.create           | same_area   | -           | -           | -           | -          ',
        'user.update           | same_area   | -           | -           | -           | -          ',
        'user.disable          | same_area   | -           | -           | -           | -          ',
        'user.enable           | same_area   | -           | -           | -           | -          ',
        'user.issue_setup_link | same_area   | -           | -           | -           | -          ',
        'session.list          | same_area   | self        | self        | self        | self       ',
        'session.end           | same_area   | self        | self        | self        | self       ',
        'email_prefs.edit      | self        | self        | self        | self        | self       ',
        'agency.list           | same_area   | same_area   | same_area   | -           | -          ',
        'agency.create         | same_area   | -           | -           | -           | -          ',
        'agency.update         | same_area   | -           | -           | -           | -          ',
        'audit.list            | same_area   | same_area   | -           | -           | same_area  ',
        'audit.export          | same_area   | same_area   | -           | -           | same_area  ',
        'referral.create       | -           | any         | any         | any         | -          ',
        'referral.view         | -           | same_area   | same_area   | own_agency  | -          ',
        'referral.edit         | -           | own_agency  | own_agency  | own_agency  | -          ',
        'referral.screen       | -           | same_area   | -           | -           | -          ',
        'case.list             | -           | same_area   | same_area   | case_agency | -          ',
        'case.view             | -           | same_area   | same_area   | case_agency | -          ',
        'case.reveal_protected | -           | same_area   | same_area   | case_agency | -          ',
        'case.access_log       | -           | same_area   | -           | -           | same_area  ',
        'area.meeting_settings | -           | same_area   | -           | -           | -          ',
        'meeting.list          | -           | same_area   | same_area   | same_area   | -          ',
        'meeting.schedule      | -           | same_area   | -           | -           | -          ',
        'agenda.view           | -           | same_area   | same_area   | same_area   | -          ',
        'agenda.edit           | -           | same_area   | -           | -           | -          ',
        'research.record       | -           | same_area   | same_area   | same_area   | -          ',
        'meeting.attend        | -           | same_area   | same_area   | same_area   | -          ',
        'meeting.run           | -           | same_area   | same_area   | -           | -          ',
        'minutes.finalise      | -           | same_area   | -           | -           | -          ',
        'action_item.list_all  | -           | same_area   | same_area   | -           | -          ',
        'action_item.view      | -           | same_area   | same_area   | own_agency  | -          ',
        'action_item.update    | -           | same_area   | own_agency  | own_agency  | -          ',
        'action_item.reassign  | -           | same_area   | -           | -           | -          ',
      ].join('\n'),
    );
  });

  const admin = { userId: 'u-admin', role: 'admin' as const, areaId: 'area-1', agencyId: 'csp' };
  const officer = { userId: 'u-officer', role: 'agency' as const, areaId: 'area-1', agencyId: 'police' };

  it('lets the information-governance lead read and export the area’s audit data and who has seen a case, and nothing of a case itself', () => {
    const lead = { userId: 'u-lead', role: 'ig_lead' as const, areaId: 'area-1', agencyId: 'csp' };
    const area = { areaId: 'area-1' };
    expect(['audit.list', 'audit.export', 'case.access_log'].map((a) => can(lead, a as never, area))).toEqual([true, true, true]);
    expect(can(lead, 'case.access_log', { areaId: 'area-2' })).toBe(false);
    const everyCaseRelation = { areaId: 'area-1', agencyId: 'csp', caseAgencyIds: ['csp'] };
    const caseContent = actions.filter((a) => /^(case\.(view|list|reveal_protected)|referral\.|meeting\.|agenda\.|research\.|minutes\.|action_item\.)/.test(a));
    expect(caseContent.filter((a) => can(lead, a, everyCaseRelation))).toEqual([]);
    expect(() => assertCan(lead, 'case.view', everyCaseRelation, { type: 'case', id: 'c' })).toThrow(expect.objectContaining({ asNotFound: true }));
  });

  it('applies same_area only to records of the viewer’s area', () => {
    expect(can(admin, 'user.update', { areaId: 'area-1' })).toBe(true);
    expect(can(admin, 'user.update', { areaId: 'area-2' })).toBe(false);
    expect(can(admin, 'user.update', {})).toBe(false);
  });

  it('applies self only to the viewer’s own records', () => {
    expect(can(officer, 'session.end', { userId: 'u-officer', areaId: 'area-1' })).toBe(true);
    expect(can(officer, 'session.end', { userId: 'u-other', areaId: 'area-1' })).toBe(false);
  });

  it('refuses a role with no rule at all, whatever the relation', () => {
    expect(can(officer, 'audit.list', { areaId: 'area-1', userId: 'u-officer' })).toBe(false);
    expect(can(officer, 'user.create', { areaId: 'area-1' })).toBe(false);
  });

  it('lets an agency see its own referrals and the cases it has a part in, nothing else', () => {
    expect(can(officer, 'referral.view', { areaId: 'area-1', agencyId: 'police' })).toBe(true);
    expect(can(officer, 'referral.view', { areaId: 'area-1', agencyId: 'housing' })).toBe(false);
    expect(can(officer, 'case.view', { areaId: 'area-1', caseAgencyIds: ['housing', 'police'] })).toBe(true);
    expect(can(officer, 'case.view', { areaId: 'area-1', caseAgencyIds: ['housing'] })).toBe(false);
    expect(can(officer, 'case.view', { areaId: 'area-2', caseAgencyIds: ['police'] })).toBe(false);
    expect(can(admin, 'case.view', { areaId: 'area-1', caseAgencyIds: ['csp'] })).toBe(false);
  });

  it('answers "not found" for a refused case or referral, even in the viewer’s own area', () => {
    expect(() => assertCan(officer, 'case.view', { areaId: 'area-1', caseAgencyIds: [] }, { type: 'case', id: 'c' })).toThrow(
      expect.objectContaining({ asNotFound: true }),
    );
  });

  it('answers "not found" for a record of another area, and "not permitted" inside the area', () => {
    const outside = (() => {
      try {
        assertCan(admin, 'user.update', { areaId: 'area-2' }, { type: 'user', id: 'x' });
      } catch (e) {
        return e;
      }
    })();
    expect(outside).toBeInstanceOf(AccessDenied);
    expect((outside as AccessDenied).asNotFound).toBe(true);

    expect(() => assertCan(officer, 'audit.list', { areaId: 'area-1' }, { type: 'audit_event' })).toThrow(
      expect.objectContaining({ asNotFound: false }),
    );
  });
});
