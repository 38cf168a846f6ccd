import { z } from 'zod';

// Shared by the reveal form and its verb, which parses with it. What makes a reason good enough (its length, its
// words, not a copy) is checked by the verb, lib/cases/reveal.ts, so that every refused try is recorded.
export const revealSchema = z.object({
  caseId: z.uuid(),
  reason: z.string().trim().min(1, 'Say why you need the victim’s contact details').max(500, 'Keep the reason to 500 characters or fewer'),
});
