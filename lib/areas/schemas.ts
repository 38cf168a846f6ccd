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

/**
 * The settings of an area its administrator keeps: the female population aged 16 and over (from the
 * ONS's mid-year estimates), for the dataset's cases per 10,000 adult women. Blank clears it.
 */
export const areaSettingsSchema = z.object({
  adultFemalePopulation: z
    .string()
    .trim()
    .transform((v) => v.replace(/,/g, ''))
    .pipe(z.string().regex(/^\d*$/, 'Enter the population as a whole number, like 152000'))
    .transform((v) => (v === '' ? null : Number(v)))
    .refine((n) => n === null || (n >= 1 && n <= 20_000_000), 'The population must be between 1 and 20,000,000'),
});
