import { z } from 'zod';
import { typedText } from '@/lib/input/typed-text';

// Shared by the submit and screening forms and their verbs (submit.ts, screen.ts), which parse with them.

export const submitReferralSchema = z.object({
  referralId: z.uuid(),
  version: z.coerce.number().int().min(1),
  answer: typedText('Your answer').max(3000, 'Keep your answer to 3000 characters or fewer').optional(),
});

export const screenReferralSchema = z
  .object({
    referralId: z.uuid(),
    version: z.coerce.number().int().min(1),
    decision: z.enum(['accept', 'return', 'decline'], 'Select a decision'),
    note: typedText('The note').max(3000, 'Keep the note to 3000 characters or fewer').default(''),
    matches: z.record(z.uuid(), z.enum(['confirmed', 'rejected'], 'Confirm or reject this possible earlier case')).default({}),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'return' && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'Enter your question for the referrer' });
    if (v.decision === 'decline' && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'Enter the reason for declining' });
  });
