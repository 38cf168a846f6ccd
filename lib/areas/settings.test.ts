import { describe, expect, it } from 'vitest';
import { setClock, now } from '@/db/clock';
import { AccessDenied, InputRejected, StepUpRequired } from '@/lib/errors';
import { expectAudit } from '@/test/audit';
import { makeAreaWithStaff, newRequest } from '@/test/factories';
import { getAreaSettings, updateAreaSettings } from './settings';

describe('the area settings an administrator keeps', () => {
  it('sets the female population aged 16 and over (commas allowed, blank clears it), audited', async () => {
    const { as } = await makeAreaWithStaff();
    expect(await getAreaSettings(as.admin)).toMatchObject({ adultFemalePopulation: null });
    const admin = newRequest(as.admin);
    await updateAreaSettings(admin, { adultFemalePopulation: '152,300' });
    await expectAudit(admin, { action: 'area.settings', outcome: 'allowed', resourceType: 'area', detail: 'population_152300' });
    expect(await getAreaSettings(as.admin)).toMatchObject({ adultFemalePopulation: 152_300 });
    await updateAreaSettings(as.admin, { adultFemalePopulation: ' ' });
    expect(await getAreaSettings(as.admin)).toMatchObject({ adultFemalePopulation: null });
    await expect(updateAreaSettings(as.admin, { adultFemalePopulation: 'lots' })).rejects.toBeInstanceOf(InputRejected);
    await expect(updateAreaSettings(as.admin, { adultFemalePopulation: '0' })).rejects.toMatchObject({ fieldErrors: { adultFemalePopulation: expect.stringMatching(/between 1 and/) } });
  });

  it('is the administrator’s alone, and a change needs a recent code', async () => {
    const { as } = await makeAreaWithStaff();
    await expect(updateAreaSettings(as.coordinator, { adultFemalePopulation: '1000' })).rejects.toBeInstanceOf(AccessDenied);
    await expect(getAreaSettings(as.coordinator)).rejects.toBeInstanceOf(AccessDenied);
    setClock(new Date(now().getTime() + 11 * 60_000));
    try {
      await expect(updateAreaSettings(as.admin, { adultFemalePopulation: '1000' })).rejects.toBeInstanceOf(StepUpRequired);
      await expect(getAreaSettings(as.admin)).resolves.toBeTruthy();
    } finally {
      setClock(null);
    }
  });
});
