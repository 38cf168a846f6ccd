import { z } from 'zod';
import { protectiveOrderTypes } from '@/db/enums';
import { todayInUk } from '@/db/clock';
import { blankDateIssues, memorableDate } from '@/lib/dates/memorable-date';
import { typedText } from '@/lib/input/typed-text';
import { orderChangeKinds } from './changes';

// The forms of the protective orders register, shared by the browser and the verbs (./register.ts).

const optionalText = (label: string, max: number) => typedText(label).max(max, `${label} must be ${max} characters or fewer`).default('');
const pastDate = (label: string) => memorableDate({ label, notAfter: todayInUk }).default('');

export const createOrderSchema = z
  .object({
    caseId: z.uuid(),
    type: z.enum(protectiveOrderTypes, 'Select the type of order'),
    court: optionalText('The court', 200),
    reference: optionalText('The reference', 100),
    appliedOn: pastDate('The date applied for'),
    madeOn: pastDate('The date made'),
    servedOn: pastDate('The date served'),
    expiresOn: memorableDate({ label: 'The expiry date' }).default(''),
    conditions: optionalText('The conditions', 4000),
    protectedPeople: optionalText('The people protected', 1000),
  })
  .superRefine((v, ctx) => {
    const issue = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field, 'day'], message });
    if (v.appliedOn === '' && v.madeOn === '') for (const i of blankDateIssues('madeOn', 'Enter the date the order was made, or the date it was applied for')) ctx.addIssue(i);
    if (v.madeOn !== '' && v.appliedOn !== '' && v.madeOn < v.appliedOn) issue('madeOn', 'The date made must be the same as or after the date applied for');
    if (v.servedOn !== '' && v.madeOn === '') issue('servedOn', 'An order is served once it is made: enter the date made');
    if (v.servedOn !== '' && v.madeOn !== '' && v.servedOn < v.madeOn) issue('servedOn', 'The date served must be the same as or after the date made');
    if (v.expiresOn !== '' && v.madeOn !== '' && v.expiresOn < v.madeOn) issue('expiresOn', 'The expiry date must be the same as or after the date made');
  });

/** Something that happened to an order: its fields are those the kind needs (./changes.ts). */
export const orderChangeSchema = z
  .object({
    caseId: z.uuid(),
    /** The order, as the page gave it: the verb answers one that names no order of the case "not found". */
    orderId: z.string(),
    /** The order's version the change was made from: a change made meanwhile is not overwritten. */
    version: z.coerce.number().int().min(1),
    kind: z.enum(orderChangeKinds, 'Select what happened'),
    on: pastDate('The date'),
    expiresOn: memorableDate({ label: 'The new expiry date' }).default(''),
    conditions: optionalText('The conditions', 4000),
    note: optionalText('The note', 1000),
  })
  .superRefine((v, ctx) => {
    if (v.on === '') for (const i of blankDateIssues('on', 'Enter the date it happened')) ctx.addIssue(i);
    if (v.kind === 'renewed' && v.expiresOn === '') for (const i of blankDateIssues('expiresOn', 'Enter the new expiry date')) ctx.addIssue(i);
    if (v.kind === 'varied' && v.conditions === '') ctx.addIssue({ code: 'custom', path: ['conditions'], message: 'Enter the conditions as varied' });
    if (v.expiresOn !== '' && v.on !== '' && v.expiresOn < v.on) ctx.addIssue({ code: 'custom', path: ['expiresOn', 'day'], message: 'The new expiry date must be the same as or after the date' });
  });

export type CreateOrderInput = z.input<typeof createOrderSchema>;
export type OrderChangeInput = z.input<typeof orderChangeSchema>;
