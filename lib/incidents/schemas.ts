import { z } from 'zod';
import { incidentChannels, occurredPrecisions, stalkingBehaviours } from '@/db/enums';
import { todayInUk } from '@/db/clock';
import { blankDateIssues, memorableDate } from '@/lib/dates/memorable-date';
import { typedText } from '@/lib/input/typed-text';
import { channelsWithPlatform } from './channels';

// The forms of the incident and evidence log, shared by the browser and the verbs
// (lib/incidents/log.ts), which parse their raw input with them.

const optionalText = (label: string, max: number) => typedText(label).max(max, `${label} must be ${max} characters or fewer`).default('');

const time = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

/** A web address, as typed: http or https only (a javascript: or file: link is not evidence of anything). */
const webAddress = typedText('The web address')
  .max(2000, 'The web address must be 2000 characters or fewer')
  .refine((v) => {
    if (v === '') return true;
    try {
      const url = new URL(v);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'Enter a web address that starts with http:// or https://, like https://example.com/post/123')
  .default('');

/** What an entry says: the fields of the record form and, again, of a correction. */
const entryFields = {
  caseId: z.uuid(),
  occurredPrecision: z.enum(occurredPrecisions, 'Select how sure you are of when it happened'),
  occurredOn: memorableDate({ label: 'The date it happened', notAfter: todayInUk }).default(''),
  occurredTime: typedText('The time').default(''),
  occurredUntil: memorableDate({ label: 'The last date', notAfter: todayInUk }).default(''),
  channel: z.enum(incidentChannels, 'Select how it happened'),
  platform: optionalText('The platform or app', 100),
  account: optionalText('The account or handle', 200),
  url: webAddress,
  summary: typedText('What happened').min(1, 'Say what happened, in short').max(2000, 'What happened must be 2000 characters or fewer'),
  behaviours: z.array(z.enum(stalkingBehaviours)).default([]),
  originalKeptAt: optionalText('Where the original is kept', 500),
  witnesses: optionalText('Witnesses', 1000),
};

type EntryShape = z.output<z.ZodObject<typeof entryFields>>;

/** The checks across fields: the date the precision needs, a time for an exact one, the platform of social media. */
function checkEntry(v: EntryShape, ctx: z.RefinementCtx) {
  if (v.occurredOn === '') for (const issue of blankDateIssues('occurredOn', 'Enter the date it happened')) ctx.addIssue(issue);
  if (v.occurredPrecision === 'exact') {
    if (v.occurredTime === '') ctx.addIssue({ code: 'custom', path: ['occurredTime'], message: 'Enter the time it happened, like 21:30' });
    else if (!time.test(v.occurredTime)) ctx.addIssue({ code: 'custom', path: ['occurredTime'], message: 'Enter the time in 24 hours, like 21:30' });
  }
  if (v.occurredPrecision === 'range') {
    if (v.occurredUntil === '') for (const issue of blankDateIssues('occurredUntil', 'Enter the last date')) ctx.addIssue(issue);
    else if (v.occurredOn !== '' && v.occurredUntil < v.occurredOn) ctx.addIssue({ code: 'custom', path: ['occurredUntil', 'day'], message: 'The last date must be the same as or after the first' });
  }
  if (channelsWithPlatform.includes(v.channel) && v.platform === '') ctx.addIssue({ code: 'custom', path: ['platform'], message: 'Enter the platform or app, like Instagram or WhatsApp' });
}

/** The time as "HH:MM" (a typed "9.30" is 09:30), for an exact date; null otherwise. */
export function normalTime(typed: string): string | null {
  const m = time.exec(typed);
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : null;
}

export const recordIncidentSchema = z
  .object({
    ...entryFields,
    /** The order of the case this incident breaches, if it does (a correction keeps it). */
    breachOfOrderId: z.union([z.literal(''), z.uuid('Select an order of this case')]).default(''),
  })
  .superRefine(checkEntry);

export const correctIncidentSchema = z
  .object({
    ...entryFields,
    /** The entry's number, as the page gave it: the verb answers one that names no entry "not found". */
    number: z.union([z.string(), z.number()]),
    /** The version the correction was made from: a correction made meanwhile is not overwritten. */
    version: z.coerce.number().int().min(1),
    reason: typedText('The reason').min(1, 'Say why the entry is corrected').max(1000, 'The reason must be 1000 characters or fewer'),
  })
  .superRefine(checkEntry);

export const withdrawIncidentSchema = z.object({
  caseId: z.uuid(),
  number: z.union([z.string(), z.number()]),
  reason: typedText('The reason').min(1, 'Say why the entry is withdrawn').max(1000, 'The reason must be 1000 characters or fewer'),
});

/** The largest text that may be pasted in as evidence (a server action's body is at most 1 MB). */
export const PASTED_TEXT_MAX = 200_000;

/** Email headers or other text pasted in, kept on an entry as a text file with its SHA-256. */
export const pasteTextSchema = z.object({
  caseId: z.uuid(),
  number: z.union([z.string(), z.number()]),
  title: typedText('What it is').min(1, 'Say what the text is, for example “Headers of the email of 3 March”').max(100, 'What it is must be 100 characters or fewer'),
  text: typedText('The text').min(1, 'Paste the text').max(PASTED_TEXT_MAX, `The text must be ${PASTED_TEXT_MAX.toLocaleString('en-GB')} characters or fewer: save it as a file and add that instead`),
});

/** The reason a police user gives for the original of an attachment, with its metadata. */
export const originalReasonSchema = z.object({
  reason: typedText('The reason').min(1, 'Say why you need the original file').max(500, 'The reason must be 500 characters or fewer'),
});

export type RecordIncidentInput = z.input<typeof recordIncidentSchema>;
