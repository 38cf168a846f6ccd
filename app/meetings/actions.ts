'use server';

import { idIn } from '@/lib/input/ids';
import { addCaseToAgenda, buildAgenda, deferAgendaItem, moveAgendaItem, publishAgenda } from '@/lib/meetings/agenda';
import { correctMinutes, finaliseMinutes } from '@/lib/meetings/finalise';
import { saveResearch } from '@/lib/meetings/research';
import { addActionItem, confirmConfidentiality, recordAttendance, reviewIncompleteAction, saveMinutes, startMeeting } from '@/lib/meetings/run';
import { scheduleMeeting, updateMeetingSettings } from '@/lib/meetings/schedule';
import { runAction } from '../_lib/server-action';

export async function scheduleMeetingAction(raw: unknown) {
  return runAction(raw, scheduleMeeting);
}

export async function meetingSettingsAction(raw: unknown) {
  return runAction(raw, updateMeetingSettings);
}

export async function buildAgendaAction(raw: unknown) {
  return runAction(raw, (viewer) => buildAgenda(viewer, idIn(raw, 'meetingId')));
}

export async function addCaseAction(raw: unknown) {
  return runAction(raw, addCaseToAgenda);
}

export async function moveItemAction(raw: unknown) {
  return runAction(raw, moveAgendaItem);
}

export async function deferItemAction(raw: unknown) {
  return runAction(raw, deferAgendaItem);
}

export async function publishAgendaAction(raw: unknown) {
  return runAction(raw, (viewer) => publishAgenda(viewer, idIn(raw, 'meetingId')));
}

export async function saveResearchAction(raw: unknown) {
  return runAction(raw, saveResearch);
}

export async function recordAttendanceAction(raw: unknown) {
  return runAction(raw, recordAttendance);
}

export async function confirmConfidentialityAction(raw: unknown) {
  return runAction(raw, (viewer) => confirmConfidentiality(viewer, idIn(raw, 'meetingId')));
}

export async function startMeetingAction(raw: unknown) {
  return runAction(raw, (viewer) => startMeeting(viewer, idIn(raw, 'meetingId')));
}

export async function saveMinutesAction(raw: unknown) {
  return runAction(raw, saveMinutes);
}

export async function addActionItemAction(raw: unknown) {
  return runAction(raw, addActionItem);
}

export async function reviewActionAction(raw: unknown) {
  return runAction(raw, reviewIncompleteAction);
}

export async function finaliseMinutesAction(raw: unknown) {
  return runAction(raw, (viewer) => finaliseMinutes(viewer, idIn(raw, 'meetingId')));
}

export async function correctMinutesAction(raw: unknown) {
  return runAction(raw, correctMinutes);
}
