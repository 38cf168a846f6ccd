import { z } from 'zod';
import { todayInUk } from '@/db/clock';
import { minuteFieldLabels, minuteFields, type MinuteField } from './minute-fields';
import { reviewOutcomes } from './review-outcomes';
import { ownerFields, withOwner } from '@/lib/action-items/schemas';

// Shared by the meeting forms and their server actions.

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const scheduleMeetingSchema = z
  .object({
    date: z
      .string()
      .trim()
      .min(1, 'Enter the date of the meeting')
      .regex(isoDate, 'Enter a real date')
      .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), 'Enter a real date')
      .refine((v) => v >= todayInUk(), 'The meeting must be today or later'),
    time: z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time like 09:30'),
    venue: z.string().trim().max(300, 'Keep the place to 300 characters or fewer').default(''),
    videoLink: z
      .string()
      .trim()
      .max(500)
      .refine((v) => v === '' || /^https:\/\/\S+$/.test(v), 'Enter a secure video link starting https://')
      .default(''),
    chairUserId: z.union([z.uuid(), z.literal('')], 'Select the chair').default(''),
  })
  .refine((v) => v.venue || v.videoLink, { path: ['venue'], message: 'Enter where the meeting is held, or a video link' });
export type ScheduleMeetingInput = z.output<typeof scheduleMeetingSchema>;

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `Enter ${label} as a whole number`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${label[0].toUpperCase()}${label.slice(1)} must be between ${min} and ${max}`);

export const meetingSettingsSchema = z.object({
  casesPerMeeting: wholeNumber('the number of cases', 1, 60),
  minutesPerCase: wholeNumber('the minutes per case', 5, 60),
});

export const agendaItemSchema = z.object({ itemId: z.uuid() });
export const moveItemSchema = z.object({ itemId: z.uuid(), direction: z.enum(['up', 'down']) });
export const addCaseSchema = z.object({ meetingId: z.uuid(), caseId: z.uuid('Select a case to add') });
export const meetingIdSchema = z.object({ meetingId: z.uuid() });
export const deferSchema = z.object({
  itemId: z.uuid(),
  toMeetingId: z.uuid('Select the meeting to defer the case to'),
  reason: z.string().trim().min(1, 'Enter why the case is deferred').max(1000, 'Keep the reason to 1000 characters or fewer'),
});

export const researchSchema = z
  .object({
    agendaItemId: z.uuid(),
    version: z.coerce.number().int().min(0),
    noTrace: z.enum(['yes', 'no'], 'Select whether your agency holds anything on these people'),
    facts: z.string().trim().max(5000, 'Keep the facts to 5000 characters or fewer').default(''),
    opinion: z.string().trim().max(5000, 'Keep your assessment to 5000 characters or fewer').default(''),
    risks: z.string().trim().max(3000, 'Keep the risks to 3000 characters or fewer').default(''),
    withheld: z.string().trim().max(2000, 'Keep this to 2000 characters or fewer').default(''),
  })
  .refine((v) => v.noTrace === 'yes' || v.facts, { path: ['facts'], message: 'Enter what your agency holds, or answer that it holds nothing (no trace)' });
export type ResearchInput = z.output<typeof researchSchema>;

/** A wall-clock date and time in the UK as the instant it is. */
export function ukTimeToInstant(date: string, time: string): Date {
  const asUtc = new Date(`${date}T${time}:00Z`);
  const inLondon = new Date(asUtc.toLocaleString('en-US', { timeZone: 'Europe/London' }));
  const inUtc = new Date(asUtc.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(asUtc.getTime() - (inLondon.getTime() - inUtc.getTime()));
}

export const attendanceSchema = z.object({
  meetingId: z.uuid(),
  entries: z.array(
    z.object({
      agencyId: z.uuid(),
      status: z.enum(['present', 'apologies_info_sent', 'apologies_no_info', ''], 'Select how the agency took part').default(''),
      representative: z.string().trim().max(200, 'Keep the name to 200 characters or fewer').default(''),
    }),
  ),
});
export type AttendanceInput = z.output<typeof attendanceSchema>;

const minutesText = (label: string) => z.string().trim().max(10_000, `Keep “${label}” to 10,000 characters or fewer`).default('');
export const minutesFields = Object.fromEntries(minuteFields.map((f) => [f, minutesText(minuteFieldLabels[f])])) as Record<MinuteField, ReturnType<typeof minutesText>>;
export const minutesSchema = z.object({ agendaItemId: z.uuid(), version: z.coerce.number().int().min(0), ...minutesFields });
export type MinutesInput = z.output<typeof minutesSchema>;
export const correctionSchema = z.object({
  agendaItemId: z.uuid(),
  version: z.coerce.number().int().min(0),
  ...minutesFields,
  reason: z.string().trim().min(1, 'Say what the correction is and why').max(1000, 'Keep the reason to 1000 characters or fewer'),
});
export type CorrectionInput = z.output<typeof correctionSchema>;

export const actionItemSchema = withOwner(
  z.object({
    agendaItemId: z.uuid(),
    description: z.string().trim().min(1, 'Enter what is to be done').max(2000, 'Keep the action to 2000 characters or fewer'),
    ownerAgencyId: z.uuid('Select the agency that owns the action'),
    ...ownerFields,
    dueOn: z.string().trim().min(1, 'Enter the date it is due by').regex(isoDate, 'Enter a real date'),
  }),
);
export type ActionItemInput = z.output<typeof actionItemSchema>;

export const actionReviewSchema = z.object({
  meetingId: z.uuid(),
  actionItemId: z.uuid(),
  outcome: z.enum(reviewOutcomes, 'Select where the action stands'),
  note: z.string().trim().max(1000).default(''),
});
