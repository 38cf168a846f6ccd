import { z } from 'zod';
import { typedText } from '@/lib/input/typed-text';
import { agencyTypes } from '@/db/enums';

const fields = {
  name: typedText('Name').min(1, 'Enter the agency’s name').max(200, 'Name must be 200 characters or fewer'),
  type: z.enum(agencyTypes, 'Select the type of agency'),
};

export const createAgencySchema = z.object(fields);

export const updateAgencySchema = z.object({
  agencyId: z.uuid(),
  ...fields,
  active: z.enum(['yes', 'no'], 'Select whether the agency is open').transform((v) => v === 'yes'),
});
