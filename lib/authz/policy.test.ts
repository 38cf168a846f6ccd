import { describe, expect, it } from 'vitest';
import { roles } from '@/db/enums';
import { actions, assertCan, can, mayEver, policy, relations } from '.';
import { AccessDenied } from '@/lib/errors';

/** The whole matrix: for each action (row) and role (column), the relations to the record in which the role may do it. */
function matrix(): string {
  const width = Math.max(...actions.map((a) => a.length));
  const cells = (action: (typeof actions)[number]) => roles.map((role) => policy[action][role]?.join('+') ?? '-');
  const widths = roles.map((role, i) => Math.max(role.length, ...actions.map((a) => cells(a)[i].length)));
  const line = (first: string, rest: string[]) => [first.padEnd(width), ...rest.map((c, i) => c.padEnd(widths[i]))].join(' | ').trimEnd();
  return [line('action', [...roles]), ...actions.map((action) => line(action, cells(action)))].join('\n');
}

/** What each relation means, as the policy defines it. */
function legend(): string {
  const width = Math.max(...Object.keys(relations).map((r) => r.length));
  return Object.entries(relations)
    .map(([name, meaning]) => `${name.padEnd(width)}  ${meaning}`)
    .join('\n');
}

describe('the access policy', () => {
  it('is the matrix we agreed (print it with `npx vitest run lib/authz`)', () => {
    const printed = matrix();
    console.log(`\nRelations:\n${legend()}\n\nRoles × actions (the relations in which each role may act):\n${printed}\n`);
    expect(printed).toMatchInlineSnapshot(`
      "action                       | admin     | coordinator                   | chair                         | agency                        | ig_lead   | steering_group
      dashboard.view               | any       | any                           | any                           | any                           | any       | any
      user.list                    | same_area | -                             | -                             | -                             | -         | -
      user.view                    | same_area | self                          | self                          | self                          | self      | self
      user.create                  | same_area | -                             | -                             | -                             | -         | -
      user.update                  | same_area | -                             | -                             | -                             | -         | -
      user.disable                 | same_area | -                             | -                             | -                             | -         | -
      user.enable                  | same_area | -                             | -                             | -                             | -         | -
      user.issue_setup_link        | same_area | -                             | -                             | -                             | -         | -
      user.reset_mfa               | same_area | -                             | -                             | -                             | -         | -
      session.list                 | same_area | self                          | self                          | self                          | self      | self
      session.end                  | same_area | self                          | self                          | self                          | self      | self
      email_prefs.edit             | self      | self                          | self                          | self                          | self      | self
      notification.list            | self      | self                          | self                          | self                          | self      | self
      notification.open            | self      | self                          | self                          | self                          | self      | self
      service.status               | same_area | -                             | -                             | -                             | -         | -
      agency.list                  | same_area | same_area                     | same_area                     | -                             | -         | -
      agency.create                | same_area | -                             | -                             | -                             | -         | -
      agency.update                | same_area | -                             | -                             | -                             | -         | -
      audit.list                   | same_area | same_area                     | -                             | -                             | same_area | -
      audit.export                 | same_area | same_area                     | -                             | -                             | same_area | -
      audit.list_unattributed      | any       | -                             | -                             | -                             | -         | -
      referral.create              | -         | any                           | any                           | any                           | -         | -
      referral.view                | -         | same_area                     | same_area                     | own_agency                    | -         | -
      referral.edit                | -         | own_agency                    | own_agency                    | own_agency                    | -         | -
      referral.screen              | -         | same_area                     | -                             | -                             | -         | -
      referral.see_protected       | -         | own_agency+protective_service | own_agency+protective_service | own_agency+protective_service | -         | -
      case.list                    | -         | same_area                     | same_area                     | referrer+listed+action_owner  | -         | -
      case.view                    | -         | same_area                     | same_area                     | referrer+listed+action_owner  | -         | -
      case.export_action_plan      | -         | same_area                     | same_area                     | referrer+listed+action_owner  | -         | -
      case.reveal_protected        | -         | same_area                     | same_area                     | referrer+listed+action_owner  | -         | -
      case.access_log              | -         | same_area                     | -                             | -                             | same_area | -
      area.meeting_settings        | -         | same_area                     | -                             | -                             | -         | -
      meeting.list                 | -         | same_area                     | same_area                     | same_area                     | -         | -
      meeting.schedule             | -         | same_area                     | -                             | -                             | -         | -
      agenda.view                  | -         | same_area                     | same_area                     | same_area                     | -         | -
      agenda.edit                  | -         | same_area                     | -                             | -                             | -         | -
      research.view                | -         | same_area                     | same_area                     | same_area                     | -         | -
      research.record              | -         | same_area                     | same_area                     | same_area                     | -         | -
      meeting.attend               | -         | same_area                     | same_area                     | same_area                     | -         | -
      meeting.run                  | -         | same_area                     | same_area                     | -                             | -         | -
      minutes.finalise             | -         | same_area                     | -                             | -                             | -         | -
      minutes.export               | -         | same_area                     | same_area                     | same_area                     | -         | -
      action_item.list_all         | -         | same_area                     | same_area                     | -                             | -         | -
      action_item.export           | -         | same_area                     | same_area                     | -                             | -         | -
      action_item.view             | -         | same_area                     | same_area                     | own_agency                    | -         | -
      action_item.update           | -         | same_area                     | own_agency                    | own_agency                    | -         | -
      action_item.reassign         | -         | same_area                     | -                             | -                             | -         | -
      incident.view                | -         | same_area                     | same_area                     | referrer+listed+action_owner  | -         | -
      incident.record              | -         | same_area                     | same_area                     | referrer+listed+action_owner  | -         | -
      incident.correct             | -         | same_area                     | own_agency                    | own_agency                    | -         | -
      incident.withdraw            | -         | same_area                     | own_agency                    | own_agency                    | -         | -
      incident.export              | -         | same_area                     | same_area                     | referrer+listed+action_owner  | -         | -
      incident.attach              | -         | same_area                     | same_area                     | referrer+listed+action_owner  | -         | -
      attachment.download          | -         | same_area                     | same_area                     | referrer+listed+action_owner  | -         | -
      attachment.download_original | -         | police                        | police                        | police                        | -         | -
      crime_recording.view         | -         | same_area                     | same_area                     | referrer+listed+action_owner  | -         | -
      crime_recording.record       | -         | police                        | police                        | police                        | -         | -
      crime_recording.review       | -         | police                        | police                        | police                        | -         | -
      order.view                   | -         | same_area                     | same_area                     | referrer+listed+action_owner  | -         | -
      order.record                 | -         | same_area                     | referrer+listed+action_owner  | referrer+listed+action_owner  | -         | -
      order.update                 | -         | same_area                     | referrer+listed+action_owner  | referrer+listed+action_owner  | -         | -
      order.alerts                 | -         | same_area                     | referrer+listed+action_owner  | referrer+listed+action_owner  | -         | -
      incident.export_protected    | -         | police                        | police                        | police                        | -         | -
      preservation.view            | -         | same_area                     | same_area                     | referrer+listed+action_owner  | -         | -
      preservation.record          | -         | police                        | police                        | police                        | -         | -
      preservation.update          | -         | police                        | police                        | police                        | -         | -
      safety_plan.view             | -         | same_area                     | same_area                     | referrer+listed+action_owner  | -         | -
      safety_plan.update           | -         | same_area                     | -                             | referrer+listed+action_owner  | -         | -
      support_service.view         | same_area | same_area                     | same_area                     | same_area                     | same_area | -
      support_service.edit         | same_area | -                             | -                             | -                             | -         | -
      area.settings_view           | same_area | -                             | -                             | -                             | -         | -
      area.settings                | same_area | -                             | -                             | -                             | -         | -
      dataset.view                 | -         | same_area                     | same_area                     | -                             | same_area | same_area
      dataset.export               | -         | same_area                     | same_area                     | -                             | same_area | same_area"
    `);
  });

  const admin = { userId: 'u-admin', role: 'admin' as const, areaId: 'area-1', agencyId: 'csp' };
  const officer = { userId: 'u-officer', role: 'agency' as const, areaId: 'area-1', agencyId: 'police' };

  it('lets the information-governance lead read and export the area’s audit data and who has seen a case, and nothing of a case itself', () => {
    const lead = { userId: 'u-lead', role: 'ig_lead' as const, areaId: 'area-1', agencyId: 'csp' };
    const area = { areaId: 'area-1' };
    expect(['audit.list', 'audit.export', 'case.access_log'].map((a) => can(lead, a as never, area))).toEqual([true, true, true]);
    expect(can(lead, 'case.access_log', { areaId: 'area-2' })).toBe(false);
    const everyCaseRelation = { areaId: 'area-1', agencyId: 'csp', caseRelations: ['referrer', 'listed', 'action_owner'] as const };
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
    for (const relation of ['referrer', 'listed', 'action_owner'] as const) {
      expect(can(officer, 'case.view', { areaId: 'area-1', caseRelations: [relation] })).toBe(true);
      expect(can(officer, 'case.view', { areaId: 'area-2', caseRelations: [relation] })).toBe(false);
      expect(can(admin, 'case.view', { areaId: 'area-1', caseRelations: [relation] })).toBe(false);
    }
    expect(can(officer, 'case.view', { areaId: 'area-1', caseRelations: [] })).toBe(false);
    expect(can(officer, 'case.view', { areaId: 'area-1' })).toBe(false);
  });

  it('shows safe contact details unrevealed to the referring agency, the IDVA service and the police only', () => {
    const housing = { userId: 'u-h', role: 'agency' as const, areaId: 'area-1', agencyId: 'housing', agencyType: 'housing' as const };
    const idva = { userId: 'u-i', role: 'agency' as const, areaId: 'area-1', agencyId: 'idva', agencyType: 'idva' as const };
    const police = { ...officer, agencyType: 'police' as const };
    const referral = { areaId: 'area-1', agencyId: 'children' };
    expect(can(housing, 'referral.see_protected', referral)).toBe(false);
    expect(can(housing, 'referral.see_protected', { ...referral, agencyId: 'housing' })).toBe(true);
    expect(can(idva, 'referral.see_protected', referral)).toBe(true);
    expect(can(police, 'referral.see_protected', referral)).toBe(true);
    expect(can(police, 'referral.see_protected', { ...referral, areaId: 'area-2' })).toBe(false);
    expect(can(admin, 'referral.see_protected', { ...referral, agencyId: 'csp' })).toBe(false);
  });

  it('offers a section only to roles with some rule for it (navigation)', () => {
    expect(mayEver(officer, 'case.list')).toBe(true);
    expect(mayEver(admin, 'case.list')).toBe(false);
    expect(mayEver(officer, 'audit.list')).toBe(false);
  });

  it('answers "not found" for a refused case or referral, even in the viewer’s own area', () => {
    expect(() => assertCan(officer, 'case.view', { areaId: 'area-1', caseRelations: [] }, { type: 'case', id: 'c' })).toThrow(
      expect.objectContaining({ asNotFound: true }),
    );
  });

  it('answers "not found" for another person’s session or notification, even in the viewer’s own area', () => {
    for (const [action, type] of [['session.end', 'session'], ['notification.open', 'notification']] as const) {
      expect(() => assertCan(officer, action, { areaId: 'area-1', userId: 'u-other' }, { type, id: 'x' })).toThrow(expect.objectContaining({ asNotFound: true }));
    }
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
