import { describe, expect, it, vi } from 'vitest';
import { withoutAccount } from '@/lib/action-items/labels';
import { makeAreaWithStaff } from '@/test/factories';
import { day, makeActions } from '@/test/actions';
import { makeMeetingsInEveryState } from '@/test/meetings';
import { actAs, expectForgedRefused, snapshotOf, type ForgedCall } from '@/test/server-actions';
import {
  addActionItemAction,
  addCaseAction,
  buildAgendaAction,
  confirmConfidentialityAction,
  correctMinutesAction,
  deferItemAction,
  finaliseMinutesAction,
  meetingSettingsAction,
  moveItemAction,
  publishAgendaAction,
  recordAttendanceAction,
  reviewActionAction,
  saveMinutesAction,
  saveResearchAction,
  scheduleMeetingAction,
  startMeetingAction,
} from './actions';

vi.mock('@/lib/auth/current-viewer', () => import('@/test/server-actions').then((m) => m.fakeCurrentViewer));
vi.mock('next/cache', () => import('@/test/server-actions').then((m) => m.fakeNextCache));

describe('meeting actions called with forged ids', () => {
  it('answer not found to another area, and to an agency for a case or agenda it has no part in, change nothing, and record the refusal', async () => {
    const ours = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    const world = [ours.area.id, theirs.area.id];
    const our = await makeMeetingsInEveryState(ours, 'Our');
    const their = await makeMeetingsInEveryState(theirs, 'Their');
    // Actions agreed at a meeting a month ago, for the police: to review at the meeting under way.
    const [ourPastAction] = await makeActions(ours, [{ agency: 'police', due: 7, description: 'Our earlier action' }]);
    const [theirPastAction] = await makeActions(theirs, [{ agency: 'police', due: 7, description: 'Their earlier action' }]);
    const meeting = (action: string, resourceId: string) => ({ action, resourceType: 'meeting', resourceId });
    // An agenda item of another area is out of reach of the database's policies too (lib/authz/row-security.ts): "not found" names the item asked for.
    const item = (action: string, resourceId: string) => ({ action, resourceType: 'agenda_item', resourceId });
    const research = (agendaItemId: string) => () => saveResearchAction({ agendaItemId, version: 0, noTrace: 'no', facts: 'Forged research' });
    const actionFor = (agendaItemId: string, ownerAgencyId: string) => () =>
      addActionItemAction({ agendaItemId, description: 'Forged action', ownerAgencyId, ownerUserId: withoutAccount, ownerName: 'Forged Owner', dueOn: day(14) });
    const coordinator = ours.as.coordinator;

    const attempts: ForgedCall[] = [
      // Another area: its meetings, agenda items, cases, agencies, people and actions are not ours to reach.
      {
        what: 'schedules a meeting chaired by their chair',
        as: coordinator,
        call: () => scheduleMeetingAction({ date: day(21), time: '10:00', venue: 'Town hall', videoLink: '', chairUserId: theirs.users.chair.id }),
        denied: { action: 'meeting.schedule', resourceType: 'user', resourceId: theirs.users.chair.id },
      },
      { what: 'builds their draft agenda', as: coordinator, call: () => buildAgendaAction({ meetingId: their.meetings.scheduled }), denied: meeting('agenda.edit', their.meetings.scheduled) },
      {
        what: 'adds their waiting case to their draft agenda',
        as: coordinator,
        call: () => addCaseAction({ meetingId: their.meetings.scheduled, caseId: their.waitingCase.id }),
        denied: meeting('agenda.edit', their.meetings.scheduled),
      },
      {
        what: 'adds their waiting case to our draft agenda',
        as: coordinator,
        call: () => addCaseAction({ meetingId: our.meetings.scheduled, caseId: their.waitingCase.id }),
        denied: { action: 'agenda.edit', resourceType: 'case', resourceId: their.waitingCase.id },
      },
      { what: 'moves a case down their draft agenda', as: coordinator, call: () => moveItemAction({ itemId: their.items.scheduled.id, direction: 'down' }), denied: item('agenda.edit', their.items.scheduled.id) },
      {
        what: 'defers a case of their draft agenda to their later meeting',
        as: coordinator,
        call: () => deferItemAction({ itemId: their.items.scheduled.id, toMeetingId: their.meetings.later, reason: 'Forged deferral' }),
        denied: item('agenda.edit', their.items.scheduled.id),
      },
      {
        what: 'defers a case of our draft agenda to their later meeting',
        as: coordinator,
        call: () => deferItemAction({ itemId: our.items.scheduled.id, toMeetingId: their.meetings.later, reason: 'Forged deferral' }),
        denied: meeting('agenda.edit', their.meetings.later),
      },
      { what: 'publishes their draft agenda', as: coordinator, call: () => publishAgendaAction({ meetingId: their.meetings.scheduled }), denied: meeting('agenda.edit', their.meetings.scheduled) },
      { what: 'records research on their published case', as: ours.as.officer, call: research(their.items.published.id), denied: item('research.record', their.items.published.id) },
      {
        what: 'takes the register of their meeting',
        as: coordinator,
        call: () => recordAttendanceAction({ meetingId: their.meetings.published, entries: [{ agencyId: theirs.agencies.police.id, status: 'present', representative: 'Forged Name' }] }),
        denied: meeting('meeting.run', their.meetings.published),
      },
      {
        what: 'puts their police on our register',
        as: coordinator,
        call: () => recordAttendanceAction({ meetingId: our.meetings.published, entries: [{ agencyId: theirs.agencies.police.id, status: 'present', representative: 'Forged Name' }] }),
        denied: { action: 'meeting.run', resourceType: 'agency', resourceId: theirs.agencies.police.id },
      },
      { what: 'confirms confidentiality for their meeting', as: ours.as.officer, call: () => confirmConfidentialityAction({ meetingId: their.meetings.published }), denied: meeting('meeting.attend', their.meetings.published) },
      { what: 'starts their meeting', as: ours.as.chair, call: () => startMeetingAction({ meetingId: their.meetings.published }), denied: meeting('meeting.run', their.meetings.published) },
      {
        what: 'minutes a case of their meeting under way',
        as: ours.as.chair,
        call: () => saveMinutesAction({ agendaItemId: their.items.held.id, version: 0, decisions: 'Forged decision' }),
        denied: item('meeting.run', their.items.held.id),
      },
      { what: 'agrees an action on their case', as: ours.as.chair, call: actionFor(their.items.held.id, theirs.agencies.police.id), denied: item('meeting.run', their.items.held.id) },
      {
        what: 'gives an action on our case to their police',
        as: ours.as.chair,
        call: actionFor(our.items.held.id, theirs.agencies.police.id),
        denied: { action: 'meeting.run', resourceType: 'agency', resourceId: theirs.agencies.police.id },
      },
      {
        what: 'reviews their earlier action at their meeting',
        as: ours.as.chair,
        call: () => reviewActionAction({ meetingId: their.meetings.held, actionItemId: theirPastAction.id, outcome: 'not_possible', note: 'Forged review' }),
        denied: meeting('meeting.run', their.meetings.held),
      },
      {
        what: 'reviews their earlier action at our meeting',
        as: ours.as.chair,
        call: () => reviewActionAction({ meetingId: our.meetings.held, actionItemId: theirPastAction.id, outcome: 'not_possible', note: 'Forged review' }),
        denied: { action: 'meeting.run', resourceType: 'action_item', resourceId: theirPastAction.id },
      },
      { what: 'finalises their minutes', as: coordinator, call: () => finaliseMinutesAction({ meetingId: their.meetings.held }), denied: meeting('minutes.finalise', their.meetings.held) },
      {
        what: 'corrects their finalised minutes',
        as: coordinator,
        call: () => correctMinutesAction({ agendaItemId: their.items.finalised.id, version: 0, decisions: 'Forged correction', reason: 'Forged reason' }),
        denied: item('minutes.finalise', their.items.finalised.id),
      },
      // The same area: an agency sees no draft agenda, and no case whose time on an agenda has passed.
      { what: 'housing records research on a draft agenda', as: ours.as.housingOfficer, call: research(our.items.scheduled.id), denied: meeting('research.record', our.meetings.scheduled) },
      { what: 'housing confirms confidentiality for a draft agenda', as: ours.as.housingOfficer, call: () => confirmConfidentialityAction({ meetingId: our.meetings.scheduled }), denied: meeting('meeting.attend', our.meetings.scheduled) },
      {
        what: 'housing records research on a case heard a month ago, whose actions are the police’s',
        as: ours.as.housingOfficer,
        call: research(ourPastAction.agendaItemId),
        denied: { action: 'research.record', resourceType: 'agenda_item', resourceId: ourPastAction.agendaItemId },
      },
    ];
    for (const a of attempts) await expectForgedRefused(world, a.as === coordinator || a.as === ours.as.chair ? { ...a, what: `our ${a.as === coordinator ? 'coordinator' : 'chair'} ${a.what}` } : a);

    // The area's meeting settings take no area id: one slipped into the body is not read.
    const theirsBefore = await snapshotOf([theirs.area.id]);
    actAs(coordinator);
    expect(await meetingSettingsAction({ areaId: theirs.area.id, casesPerMeeting: '3', minutesPerCase: '20' })).toMatchObject({ ok: true });
    expect(await snapshotOf([theirs.area.id])).toEqual(theirsBefore);
    expect((await snapshotOf([ours.area.id])).areas).toEqual([expect.objectContaining({ id: ours.area.id, casesPerMeeting: 3, minutesPerCase: 20 })]);
  });
});
