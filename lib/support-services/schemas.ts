import { z } from 'zod';
import { typedText } from '@/lib/input/typed-text';

// The admin's form for one of the area's own services in the support directory.

const optional = (label: string, max: number) => typedText(label).max(max, `${label} must be ${max} characters or fewer`).default('');

const fields = {
  name: typedText('The name').min(1, 'Enter the name of the service').max(200, 'The name must be 200 characters or fewer'),
  description: optional('What it does', 1000),
  phone: optional('The phone number', 50),
  hours: optional('When it is open', 200),
  website: optional('The website', 500).refine((v) => v === '' || /^https?:\/\/\S+$/.test(v), 'Enter a website that starts with https://, like https://example.org'),
};

export const addSupportServiceSchema = z.object(fields);

export const updateSupportServiceSchema = z.object({
  ...fields,
  /** Listed in the directory, or kept out of it (never deleted). */
  active: z.preprocess((v) => v === true || v === 'true' || v === 'yes', z.boolean()),
  serviceId: z.string(),
  version: z.coerce.number().int().min(1),
});

export type AddSupportServiceInput = z.input<typeof addSupportServiceSchema>;
export type UpdateSupportServiceInput = z.input<typeof updateSupportServiceSchema>;
