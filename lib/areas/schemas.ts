import { z } from 'zod';
import { typedText } from '@/lib/input/typed-text';
import { agencyTypes } from '@/db/enums';

/** A new MARAC area with its first agency and administrator (`npm run area:create`, and the demo). */
export const createAreaSchema = z.object({
  name: typedText('Name').min(1, 'Enter the area’s name').max(200, 'Name must be 200 characters or fewer'),
  caseNumberPrefix: z
    .string()
    .trim()
    .regex(/^[A-Z]{2,6}$/, 'Enter 2 to 6 capital letters to start the area’s case numbers, like KV'),
  agencyName: typedText('Name').min(1, 'Enter the name of the administrator’s agency').max(200, 'Name must be 200 characters or fewer'),
  agencyType: z.enum(agencyTypes, 'Select the type of agency'),
  adminName: typedText('Name').min(1, 'Enter the administrator’s full name').max(200, 'Name must be 200 characters or fewer'),
  adminEmail: z
    .string()
    .trim()
    .pipe(z.email('Enter an email address in the right format, like name@example.org'))
    .transform((v) => v.toLowerCase()),
});
