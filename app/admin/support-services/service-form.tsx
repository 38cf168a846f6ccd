'use client';

import { useRouter } from 'next/navigation';
import { useServerForm } from '../../_lib/use-server-form';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { Radios } from '../../ui/radios';
import { TextInput } from '../../ui/text-input';
import { Textarea } from '../../ui/textarea';
import { addSupportServiceAction, updateSupportServiceAction } from './actions';

export interface ServiceValues {
  name: string;
  description: string;
  phone: string;
  hours: string;
  website: string;
}

const blank: ServiceValues = { name: '', description: '', phone: '', hours: '', website: '' };

/** Adds one of the area's own services to the support directory, or changes one (and whether it is listed). */
export function ServiceForm(props: { values?: ServiceValues; update?: { serviceId: string; version: number; active: boolean } }) {
  const { update } = props;
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { ...(props.values ?? blank), ...(update ? { serviceId: update.serviceId, version: update.version, active: update.active ? 'yes' : 'no' } : {}) } as never,
    action: (values) => (update ? updateSupportServiceAction(values) : addSupportServiceAction(values)) as ReturnType<typeof addSupportServiceAction>,
    onSuccess: () => {
      router.push(`/admin/support-services?saved=${update ? 'updated' : 'added'}`);
      router.refresh();
    },
  });
  const register = form.register as (name: string) => ReturnType<typeof form.register>;
  return (
    <form onSubmit={submit} noValidate aria-label={update ? 'Change this service' : 'Add a service'}>
      <ErrorSummary errors={errors} />
      <TextInput id="name" label="Name" error={errorOf('name')} {...register('name')} />
      <Textarea id="description" label="What it does (optional)" hint="In a sentence or two, for the victim" rows={3} error={errorOf('description')} {...register('description')} />
      <TextInput id="phone" label="Phone number (optional)" type="tel" width="govuk-input--width-20" error={errorOf('phone')} {...register('phone')} />
      <TextInput id="hours" label="When it is open (optional)" hint="For example, weekdays 9am to 5pm" width="govuk-input--width-30" error={errorOf('hours')} {...register('hours')} />
      <TextInput id="website" label="Website (optional)" hint="Starting https://" type="url" spellCheck={false} error={errorOf('website')} {...register('website')} />
      {update ? (
        <Radios
          id="active"
          legend="Is it listed in the directory?"
          legendSize="s"
          inline
          items={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No, keep it out' },
          ]}
          error={errorOf('active')}
          inputProps={register('active')}
        />
      ) : null}
      <Button disabled={pending}>{update ? 'Save changes' : 'Add service'}</Button>
    </form>
  );
}
