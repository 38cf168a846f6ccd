import { z } from 'zod';

// Shared by the reveal form and its server action.
export const revealSchema = z.object({
  caseId: z.uuid(),
  reason: z.string().trim().min(10, 'Say why you need the victim’s contact details (at least 10 characters)').max(500, 'Keep the reason to 500 characters or fewer'),
});
export type RevealInput = z.output<typeof revealSchema>;
