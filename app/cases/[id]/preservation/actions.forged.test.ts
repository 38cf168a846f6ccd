import { describe, it, vi } from 'vitest';
import { todayInUk } from '@/db/clock';
import { recordPreservationRequest } from '@/lib/preservation/requests';
import type { RecordPreservationInput } from '@/lib/preservation/schemas';
import { makeAreaWithStaff } from '@/test/factories';
import { makeAcceptedCase } from '@/test/cases';
import { expectForgedRefused } from '@/test/server-actions';
import { extendPreservationAction, recordPreservationAction, updatePreservationAction } from './actions';

vi.mock('@/lib/auth/current-viewer', () => import('@/test/server-actions').then((m) => m.fakeCurrentViewer));
vi.mock('next/cache', () => import('@/test/server-actions').then((m) => m.fakeNextCache));

const fields = (caseId: string) =>
  ({ caseId, platform: 'Forgedgram', accountIdentifiers: '@forged', whatToPreserve: 'Everything', status: 'sent', sentOn: todayInUk(), platformReference: '', deadlineOn: '' }) as RecordPreservationInput;

describe('preservation actions called with forged ids', () => {
  it('answer not found to an agency outside the case, to one in it that is not the police, and to another area; change nothing; record the refusal', async () => {
    const ours = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    const ourCase = await makeAcceptedCase(ours, { victim: 'Forged Victim' });
    const theirCase = await makeAcceptedCase(theirs, { victim: 'Their Victim' });
    const { id: requestId } = await recordPreservationRequest(ours.as.officer, fields(ourCase.id));
    const areas = [ours.area.id, theirs.area.id];
    const onCase = { resourceType: 'case', resourceId: ourCase.id };
    const attempts = [
      { what: 'housing records on the police’s case', as: ours.as.housingOfficer, call: () => recordPreservationAction(fields(ourCase.id)), denied: { action: 'preservation.view', ...onCase } },
      { what: 'the coordinator (not the police) updates it', as: ours.as.coordinator, call: () => updatePreservationAction({ ...fields(ourCase.id), requestId, version: 1 }), denied: { action: 'preservation.update', ...onCase } },
      { what: 'the coordinator extends it', as: ours.as.coordinator, call: () => extendPreservationAction({ caseId: ourCase.id, requestId, version: 1 }), denied: { action: 'preservation.update', ...onCase } },
      { what: 'another area’s police update it', as: theirs.as.officer, call: () => updatePreservationAction({ ...fields(ourCase.id), requestId, version: 1 }), denied: { action: 'preservation.view', ...onCase } },
      {
        what: 'another area’s police name it on their own case',
        as: theirs.as.officer,
        call: () => extendPreservationAction({ caseId: theirCase.id, requestId, version: 1 }),
        denied: { action: 'preservation.update', resourceType: 'preservation_request', resourceId: null as unknown as string },
      },
    ];
    for (const a of attempts) await expectForgedRefused(areas, a);
  });
});
