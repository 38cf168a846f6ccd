import { z } from 'zod';
import { preservationStatuses, type PreservationStatus } from '@/db/enums';
import { todayInUk } from '@/db/clock';
import { blankDateIssues, memorableDate } from '@/lib/dates/memorable-date';
import { typedText } from '@/lib/input/typed-text';
import { firstStatuses } from './status';

// The forms of a platform data-preservation request, shared by the browser and the verbs
// (lib/preservation/requests.ts), which parse their raw input with them.

const requiredText = (label: string, max: number, blank: string) => typedText(label).min(1, blank).max(max, `${label} must be ${max} characters or fewer`);

const fields = {
  caseId: z.uuid(),
  platform: requiredText('The platform', 100, 'Enter the platform, like Instagram or Snapchat'),
  accountIdentifiers: requiredText('The accounts', 1000, 'Enter the accounts to preserve: names, handles, numbers or web addresses'),
  whatToPreserve: requiredText('What to preserve', 2000, 'Say what the platform is asked to preserve'),
  sentOn: memorableDate({ label: 'The date it was sent', notAfter: todayInUk }).default(''),
  platformReference: typedText('The platform’s reference').max(200, 'The platform’s reference must be 200 characters or fewer').default(''),
  /** The platform's own deadline, when it gives one; blank: 90 days after sending (and the extension). */
  deadlineOn: memorableDate({ label: 'The deadline' }).default(''),
};

type Shape = { status: PreservationStatus; sentOn: string; deadlineOn: string };

function checkDates(v: Shape, ctx: z.RefinementCtx) {
  if (v.status !== 'drafted' && v.sentOn === '') for (const issue of blankDateIssues('sentOn', 'Enter the date it was sent')) ctx.addIssue(issue);
  if (v.deadlineOn !== '' && v.sentOn !== '' && v.deadlineOn <= v.sentOn) ctx.addIssue({ code: 'custom', path: ['deadlineOn', 'day'], message: 'The deadline must be after the date it was sent' });
}

export const recordPreservationSchema = z
  .object({ ...fields, status: z.enum(firstStatuses, 'Select whether it has been sent') })
  .superRefine(checkDates);

export const updatePreservationSchema = z
  .object({
    ...fields,
    status: z.enum(preservationStatuses, 'Select where the request stands'),
    /** The request, as the page gave it: the verb answers one that names no request "not found". */
    requestId: z.string(),
    /** The version the change was made from: a change made meanwhile is not overwritten. */
    version: z.coerce.number().int().min(1),
  })
  .superRefine(checkDates);

export const extendPreservationSchema = z.object({
  caseId: z.uuid(),
  requestId: z.string(),
  version: z.coerce.number().int().min(1),
});

export type RecordPreservationInput = z.input<typeof recordPreservationSchema>;
export type UpdatePreservationInput = z.input<typeof updatePreservationSchema>;
