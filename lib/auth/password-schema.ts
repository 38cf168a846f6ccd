import { z } from 'zod';
import { passwordProblem } from './password-policy';

// Used by the set-password form and parsed again by its verb (completeSetup).
export const setPasswordSchema = z
  .object({
    token: z.string().min(20).max(200),
    password: z.string().superRefine((value, ctx) => {
      const problem = passwordProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    confirm: z.string().min(1, 'Enter the password again'),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The passwords do not match' });
