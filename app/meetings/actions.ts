'use server';

import { addCaseToAgenda, buildAgenda, deferAgendaItem, moveAgendaItem, publishAgenda } from '@/lib/meetings/agenda';
import { correctMinutes, finaliseMinutes } from '@/lib/meetings/finalise';
import { saveResearch } from '@/lib/meetings/research';
import { addActionItem, confirmConfidentiality, recordAttendance, reviewIncompleteAction, saveMinutes, startMeeting } from '@/lib/meetings/run';
import { scheduleMeeting, updateMeetingSettings } from '@/lib/meetings/schedule';
import {
  actionItemSchema,
  actionReviewSchema,
  addCaseSchema,
  attendanceSchema,
  correctionSchema,
  deferSchema,
  meetingIdSchema,
  meetingSettingsSchema,
  minutesSchema,
  moveItemSchema,
  researchSchema,
  scheduleMeetingSchema,
} from '@/lib/meetings/schemas';
import { runAction } from '../_lib/server-action';

export async function scheduleMeetingAction(raw: unknown) {
  return runAction(scheduleMeetingSchema, raw, scheduleMeeting);
}

export async function meetingSettingsAction(raw: unknown) {
  return runAction(meetingSettingsSchema, raw, updateMeetingSettings);
}

export async function buildAgendaAction(raw: unknown) {
  return runAction(meetingIdSchema, raw, (viewer, input) => buildAgenda(viewer, input.meetingId));
}

export async function addCaseAction(raw: unknown) {
  return runAction(addCaseSchema, raw, addCaseToAgenda);
}

export async function moveItemAction(raw: unknown) {
  return runAction(moveItemSchema, raw, moveAgendaItem);
}

export async function deferItemAction(raw: unknown) {
  return runAction(deferSchema, raw, deferAgendaItem);
}

export async function publishAgendaAction(raw: unknown) {
  return runAction(meetingIdSchema, raw, (viewer, input) => publishAgenda(viewer, input.meetingId));
}

export async function saveResearchAction(raw: unknown) {
  return runAction(researchSchema, raw, saveResearch);
}


export async function recordAttendanceAction(raw: unknown) {
  return runAction(attendanceSchema, raw, recordAttendance);
}

export async function confirmConfidentialityAction(raw: unknown) {
  return runAction(meetingIdSchema, raw, (viewer, input) => confirmConfidentiality(viewer, input.meetingId));
}

export async function startMeetingAction(raw: unknown) {
  return runAction(meetingIdSchema, raw, (viewer, input) => startMeeting(viewer, input.meetingId));
}

export async function saveMinutesAction(raw: unknown) {
  return runAction(minutesSchema, raw, saveMinutes);
}

export async function addActionItemAction(raw: unknown) {
  return runAction(actionItemSchema, raw, addActionItem);
}

export async function reviewActionAction(raw: unknown) {
  return runAction(actionReviewSchema, raw, reviewIncompleteAction);
}

export async function finaliseMinutesAction(raw: unknown) {
  return runAction(meetingIdSchema, raw, (viewer, input) => finaliseMinutes(viewer, input.meetingId));
}

export async function correctMinutesAction(raw: unknown) {
  return runAction(correctionSchema, raw, correctMinutes);
}
