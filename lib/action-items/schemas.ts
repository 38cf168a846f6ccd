import { z } from 'zod';
import { actionItemStatuses } from '@/db/schema/action-items';

export const actionStatusLabels: Record<(typeof actionItemStatuses)[number], string> = {
  open: 'Open',
  in_progress: 'In progress',
  completed: 'Completed',
  not_possible: 'Not possible (circumstances changed)',
  not_done: 'Not done',
};

export const actionSorts = ['due', 'case', 'agency', 'status', 'agreed'] as const;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v == null ? undefined : v), schema.optional());
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date like 2026-03-31');

/** The action boards' filters, read from the URL; a value that does not parse is dropped. */
export const actionBoardQuerySchema = z.object({
  status: optional(z.enum(actionItemStatuses)).catch(undefined),
  agency: optional(z.uuid()).catch(undefined),
  owner: optional(z.string().trim().max(100)).catch(undefined),
  caseNumber: optional(z.string().trim().max(50)).catch(undefined),
  meeting: optional(z.uuid()).catch(undefined),
  dueFrom: optional(isoDate).catch(undefined),
  dueTo: optional(isoDate).catch(undefined),
  overdue: optional(z.literal('yes')).catch(undefined),
  sort: z.enum(actionSorts).catch('due'),
  dir: z.enum(['asc', 'desc']).catch('asc'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type ActionBoardQuery = z.output<typeof actionBoardQuerySchema>;

export const updateActionSchema = z
  .object({
    actionItemId: z.uuid(),
    version: z.coerce.number().int().min(1),
    status: z.enum(actionItemStatuses, 'Select the status'),
    note: z.string().trim().max(3000, 'Keep the note to 3000 characters or fewer'),
  })
  .superRefine((v, ctx) => {
    if (!v.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: v.status === 'completed' ? 'Say what was done' : 'Add a note about this update' });
    }
  });
export type UpdateActionInput = z.output<typeof updateActionSchema>;

export const reassignActionSchema = z.object({
  actionItemId: z.uuid(),
  version: z.coerce.number().int().min(1),
  ownerName: z.string().trim().min(1, 'Enter the person who will do it').max(200, 'Keep the name to 200 characters or fewer'),
  ownerAgencyId: z.uuid('Select the agency'),
  note: z.string().trim().min(1, 'Say why it is reassigned').max(1000, 'Keep the note to 1000 characters or fewer'),
});
export type ReassignActionInput = z.output<typeof reassignActionSchema>;
