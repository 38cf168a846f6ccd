import { z } from 'zod';
import { typedText } from '@/lib/input/typed-text';
import { roles } from '@/db/enums';

// Shared by the forms and the verbs, which parse the input again.

const name = typedText('Name').min(1, 'Enter the person’s full name').max(200, 'Name must be 200 characters or fewer');
const email = z
  .string()
  .trim()
  .min(1, 'Enter an email address')
  .max(254, 'Email address must be 254 characters or fewer')
  .pipe(z.email('Enter an email address in the right format, like name@example.org'))
  .transform((v) => v.toLowerCase());
const role = z.enum(roles, 'Select a role');
const agencyId = z.uuid('Select an agency');

export const createUserSchema = z.object({ name, email, role, agencyId });

export const updateUserAccessSchema = z.object({ userId: z.uuid(), role, agencyId });

