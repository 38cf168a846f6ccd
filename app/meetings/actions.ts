'use server';

import { addCaseToAgenda, buildAgenda, deferAgendaItem, moveAgendaItem, publishAgenda } from '@/lib/meetings/agenda';
import { saveResearch } from '@/lib/meetings/research';
import { scheduleMeeting, updateMeetingSettings } from '@/lib/meetings/schedule';
import {
  addCaseSchema,
  deferSchema,
  meetingIdSchema,
  meetingSettingsSchema,
  moveItemSchema,
  researchSchema,
  scheduleMeetingSchema,
} from '@/lib/meetings/schemas';
import { runAction } from '../_lib/action';

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
