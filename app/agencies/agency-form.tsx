'use client';

import { useRouter } from 'next/navigation';
import { agencyTypes, type AgencyType } from '@/db/enums';
import { agencyTypeLabels } from '@/lib/agencies/labels';
import { useServerForm } from '../_lib/use-server-form';
import { Button } from '../ui/button';
import { ErrorSummary } from '../ui/error-summary';
import { Radios } from '../ui/radios';
import { Select } from '../ui/select';
import { TextInput } from '../ui/text-input';
import { createAgencyAction, updateAgencyAction } from './actions';

const typeOptions = agencyTypes.map((t) => ({ value: t, label: agencyTypeLabels[t] }));

export function NewAgencyForm() {
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { name: '', type: '' as AgencyType },
    action: createAgencyAction,
    onSuccess: () => {
      router.push('/agencies');
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <TextInput id="name" label="Agency name" error={errorOf('name')} {...form.register('name')} />
      <Select id="type" label="Type of agency" options={typeOptions} emptyOption="Select a type" error={errorOf('type')} {...form.register('type')} />
      <Button disabled={pending}>Add agency</Button>
    </form>
  );
}

export function EditAgencyForm({ agency }: { agency: { id: string; name: string; type: AgencyType; active: boolean } }) {
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { agencyId: agency.id, name: agency.name, type: agency.type, active: agency.active ? 'yes' : 'no' },
    action: updateAgencyAction,
    onSuccess: () => {
      router.push('/agencies');
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <input type="hidden" {...form.register('agencyId')} />
      <TextInput id="name" label="Agency name" error={errorOf('name')} {...form.register('name')} />
      <Select id="type" label="Type of agency" options={typeOptions} error={errorOf('type')} {...form.register('type')} />
      <Radios
        id="active"
        legend="Is the agency open?"
        hint="A closed agency stays in the records but no new users can be added to it"
        inline
        items={[
          { value: 'yes', label: 'Open' },
          { value: 'no', label: 'Closed' },
        ]}
        error={errorOf('active')}
        inputProps={form.register('active')}
      />
      <Button disabled={pending}>Save agency</Button>
    </form>
  );
}
