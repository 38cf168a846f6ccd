'use client';

import type { z } from 'zod';
import { useRouter } from 'next/navigation';
import type { PreservationStatus } from '@/db/enums';
import type { DateParts } from '@/lib/dates/date-parts';
import type { recordPreservationSchema } from '@/lib/preservation/schemas';
import { firstStatuses, nextStatuses } from '@/lib/preservation/status';
import { preservationStatusLabels } from '@/lib/stalking/labels';
import { dateErrorOf } from '../../../_lib/date-errors';
import { useServerForm } from '../../../_lib/use-server-form';
import { Button } from '../../../ui/button';
import { DateInput } from '../../../ui/date-input';
import { ErrorSummary } from '../../../ui/error-summary';
import { Radios } from '../../../ui/radios';
import { TextInput } from '../../../ui/text-input';
import { Textarea } from '../../../ui/textarea';
import { recordPreservationAction, updatePreservationAction } from './actions';

/** A request as the form's fields hold it (from the request, for an update). */
export interface RequestValues {
  platform: string;
  accountIdentifiers: string;
  whatToPreserve: string;
  status: string;
  sentOn: DateParts;
  platformReference: string;
  deadlineOn: DateParts;
}

const blankDate: DateParts = { day: '', month: '', year: '' };
const blank: RequestValues = { platform: '', accountIdentifiers: '', whatToPreserve: '', status: '', sentOn: blankDate, platformReference: '', deadlineOn: blankDate };

/**
 * Records a preservation request, or updates one (the same fields, filled with what it says now, and
 * the statuses it can move to). What was typed stays in the form when the server refuses it.
 */
export function PreservationForm(props: { caseId: string; values?: RequestValues; update?: { requestId: string; version: number; status: PreservationStatus } }) {
  const { caseId, update } = props;
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { caseId, ...(props.values ?? blank), ...(update ? { requestId: update.requestId, version: update.version } : {}) } as z.input<typeof recordPreservationSchema>,
    action: (values) => (update ? updatePreservationAction(values) : recordPreservationAction(values)) as ReturnType<typeof recordPreservationAction>,
    onSuccess: (data) => {
      router.push(`/cases/${caseId}/preservation/${update ? update.requestId : data.id}?saved=${update ? 'updated' : 'recorded'}`);
      router.refresh();
    },
  });
  const register = form.register as (name: string) => ReturnType<typeof form.register>;
  const statuses = update ? [update.status, ...nextStatuses[update.status]] : firstStatuses;
  const status = form.watch('status') as unknown as string;

  return (
    <form onSubmit={submit} noValidate aria-label={update ? 'Update this request' : 'Record a preservation request'}>
      <ErrorSummary errors={errors} />
      <TextInput id="platform" label="Platform" hint="For example, Instagram, Snapchat, WhatsApp" width="govuk-input--width-20" error={errorOf('platform')} {...register('platform')} />
      <Textarea id="accountIdentifiers" label="Accounts to preserve" hint="Names, handles, numbers or web addresses, as the platform will know them" rows={3} spellCheck={false} error={errorOf('accountIdentifiers')} {...register('accountIdentifiers')} />
      <Textarea id="whatToPreserve" label="What to preserve" hint="For example, messages, posts and login records from 1 September 2026" rows={3} error={errorOf('whatToPreserve')} {...register('whatToPreserve')} />
      <Radios
        id="status"
        legend={update ? 'Where does the request stand?' : 'Has it been sent to the platform?'}
        legendSize="m"
        items={statuses.map((value) => ({ value, label: preservationStatusLabels[value] }))}
        error={errorOf('status')}
        inputProps={register('status')}
      />
      {status && status !== 'drafted' ? (
        <>
          <DateInput id="sentOn" legend="Date it was sent" legendSize="s" hint="The deadline is 90 days after this. For example, 27 3 2026" {...dateErrorOf(form, 'sentOn')} inputProps={(part) => register(`sentOn.${part}`)} />
          <TextInput id="platformReference" label="The platform’s reference (optional)" width="govuk-input--width-20" spellCheck={false} error={errorOf('platformReference')} {...register('platformReference')} />
          <DateInput
            id="deadlineOn"
            legend="Deadline given by the platform (optional)"
            legendSize="s"
            hint="Only if the platform gave its own. Leave it blank for 90 days after sending"
            {...dateErrorOf(form, 'deadlineOn')}
            inputProps={(part) => register(`deadlineOn.${part}`)}
          />
        </>
      ) : null}
      <Button disabled={pending}>{update ? 'Save changes' : 'Record request'}</Button>
    </form>
  );
}
