import { z } from 'zod';
import { actionItemStatuses } from '@/db/enums';
import { calendarDateFilter } from '@/lib/dates/calendar-date-schema';
import { withoutAccount } from './labels';
import { typedText } from '@/lib/input/typed-text';
import { lenientQuery } from '@/lib/input/query';

export const actionSorts = ['due', 'case', 'agency', 'status', 'agreed'] as const;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v == null ? undefined : v), schema.optional());

/** The action boards' filters, read from the URL (see `readQuery`: a value that does not parse is not used). */
export const actionBoardQueryFields = {
  status: optional(z.enum(actionItemStatuses)),
  agency: optional(z.uuid()),
  owner: optional(typedText('The owner’s name').max(100)),
  caseNumber: optional(typedText('The case number').max(50)),
  meeting: optional(z.uuid()),
  dueFrom: optional(calendarDateFilter),
  dueTo: optional(calendarDateFilter),
  overdue: optional(z.literal('yes')),
  sort: z.enum(actionSorts).default('due'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
};
/** The filters' names as the page's note about filters it could not use gives them. */
export const actionBoardQueryLabels = { status: 'Status', agency: 'Agency', owner: 'Owner’s name', caseNumber: 'Case number', meeting: 'Agreed at', dueFrom: 'Due from', dueTo: 'Due by', overdue: 'Overdue' };
export const actionBoardQuerySchema = lenientQuery(actionBoardQueryFields);
export type ActionBoardQuery = z.output<typeof actionBoardQuerySchema>;

export const updateActionSchema = z
  .object({
    actionItemId: z.uuid(),
    version: z.coerce.number().int().min(1),
    status: z.enum(actionItemStatuses, 'Select the status'),
    note: typedText('The note').max(3000, 'Keep the note to 3000 characters or fewer'),
  })
  .superRefine((v, ctx) => {
    if (!v.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: v.status === 'completed' ? 'Say what was done' : 'Add a note about this update' });
    }
  });

/** Who does an action: one of the owning agency's users, or someone without an account, by name. */
export type ActionOwner = { userId: string } | { name: string };

/** The person fields of a form that gives an action to someone: a user's id, or `withoutAccount` and a name. */
export const ownerFields = {
  ownerUserId: z
    .string('Select the person who will do it')
    .trim()
    .refine((v) => v === withoutAccount || z.uuid().safeParse(v).success, 'Select the person who will do it'),
  ownerName: typedText('The name').max(200, 'Keep the name to 200 characters or fewer').default(''),
};

/** Checks the typed name is there when the person has no account, and turns the fields into an `ActionOwner`. */
export function withOwner<S extends z.ZodType<{ ownerUserId: string; ownerName: string }, object>>(schema: S) {
  return schema
    .superRefine((v, ctx) => {
      if (v.ownerUserId === withoutAccount && !v.ownerName) ctx.addIssue({ code: 'custom', path: ['ownerName'], message: 'Enter the name of the person who will do it' });
    })
    .transform((v) => {
      const { ownerUserId, ownerName, ...rest } = v as z.output<S>;
      const owner: ActionOwner = ownerUserId === withoutAccount ? { name: ownerName } : { userId: ownerUserId };
      return { ...(rest as Omit<z.output<S>, 'ownerUserId' | 'ownerName'>), owner };
    });
}

export const reassignActionSchema = withOwner(
  z.object({
    actionItemId: z.uuid(),
    version: z.coerce.number().int().min(1),
    ownerAgencyId: z.uuid('Select the agency'),
    ...ownerFields,
    note: typedText('The note').min(1, 'Say why it is reassigned').max(1000, 'Keep the note to 1000 characters or fewer'),
  }),
);
