import { z } from 'zod';
import { todayInUk } from '@/db/clock';
import { minuteFieldLabels, minuteFields, type MinuteField } from './minute-fields';
import { reviewOutcomes } from './review-outcomes';
import { ownerFields, withOwner } from '@/lib/action-items/schemas';
import { yearsAfter } from '@/lib/dates/calendar-date';
import { calendarDate } from '@/lib/dates/calendar-date-schema';
import { typedText } from '@/lib/input/typed-text';

// Shared by the meeting forms and their verbs, which parse their input with them.

/** How far ahead a meeting may be planned, or an action fall due. */
const YEARS_AHEAD = 5;
const latest = () => yearsAfter(todayInUk(), YEARS_AHEAD);

export const scheduleMeetingSchema = z
  .object({
    date: calendarDate({
      label: 'The date of the meeting',
      requiredMessage: 'Enter the date of the meeting',
      notBefore: { date: todayInUk, message: 'The meeting must be today or later' },
      notAfter: { date: latest, message: `The meeting must be within ${YEARS_AHEAD} years of today` },
    }),
    time: z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time like 09:30'),
    venue: typedText('The place').max(300, 'Keep the place to 300 characters or fewer').default(''),
    videoLink: typedText('The video link')
      .max(500)
      .refine((v) => v === '' || /^https:\/\/\S+$/.test(v), 'Enter a secure video link starting https://')
      .default(''),
    chairUserId: z.union([z.uuid(), z.literal('')], 'Select the chair').default(''),
  })
  .refine((v) => v.venue || v.videoLink, { path: ['venue'], message: 'Enter where the meeting is held, or a video link' });

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

export const moveItemSchema = z.object({ itemId: z.uuid(), direction: z.enum(['up', 'down']) });
export const addCaseSchema = z.object({ meetingId: z.uuid(), caseId: z.uuid('Select a case to add') });
export const deferSchema = z.object({
  itemId: z.uuid(),
  toMeetingId: z.uuid('Select the meeting to defer the case to'),
  reason: typedText('The reason').min(1, 'Enter why the case is deferred').max(1000, 'Keep the reason to 1000 characters or fewer'),
});

export const researchSchema = z
  .object({
    agendaItemId: z.uuid(),
    version: z.coerce.number().int().min(0),
    noTrace: z.enum(['yes', 'no'], 'Select whether your agency holds anything on these people'),
    facts: typedText('The facts').max(5000, 'Keep the facts to 5000 characters or fewer').default(''),
    opinion: typedText('Your assessment').max(5000, 'Keep your assessment to 5000 characters or fewer').default(''),
    risks: typedText('The risks').max(3000, 'Keep the risks to 3000 characters or fewer').default(''),
    withheld: typedText('This').max(2000, 'Keep this to 2000 characters or fewer').default(''),
  })
  .refine((v) => v.noTrace === 'yes' || v.facts, { path: ['facts'], message: 'Enter what your agency holds, or answer that it holds nothing (no trace)' });

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
      representative: typedText('The name').max(200, 'Keep the name to 200 characters or fewer').default(''),
    }),
  ),
});

const minutesText = (label: string) => typedText(`“${label}”`).max(10_000, `Keep “${label}” to 10,000 characters or fewer`).default('');
export const minutesFields = Object.fromEntries(minuteFields.map((f) => [f, minutesText(minuteFieldLabels[f])])) as Record<MinuteField, ReturnType<typeof minutesText>>;
export const minutesSchema = z.object({ agendaItemId: z.uuid(), version: z.coerce.number().int().min(0), ...minutesFields });
export type MinutesInput = z.output<typeof minutesSchema>;
export const correctionSchema = z.object({
  agendaItemId: z.uuid(),
  version: z.coerce.number().int().min(0),
  ...minutesFields,
  reason: typedText('The reason').min(1, 'Say what the correction is and why').max(1000, 'Keep the reason to 1000 characters or fewer'),
});

export const actionItemSchema = withOwner(
  z.object({
    agendaItemId: z.uuid(),
    description: typedText('The action').min(1, 'Enter what is to be done').max(2000, 'Keep the action to 2000 characters or fewer'),
    ownerAgencyId: z.uuid('Select the agency that owns the action'),
    ...ownerFields,
    dueOn: calendarDate({
      label: 'The date it is due by',
      requiredMessage: 'Enter the date it is due by',
      notAfter: { date: latest, message: `The date it is due by must be within ${YEARS_AHEAD} years of today` },
    }),
  }),
);

export const actionReviewSchema = z.object({
  meetingId: z.uuid(),
  actionItemId: z.uuid(),
  outcome: z.enum(reviewOutcomes, 'Select where the action stands'),
  note: typedText('The note').max(1000, 'Keep the note to 1000 characters or fewer').default(''),
});
