'use client';

import { useRouter } from 'next/navigation';
import { useServerForm } from '../../_lib/use-server-form';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { TextInput } from '../../ui/text-input';
import { areaSettingsAction } from './actions';

export function AreaSettingsForm({ adultFemalePopulation }: { adultFemalePopulation: number | null }) {
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { adultFemalePopulation: adultFemalePopulation === null ? '' : String(adultFemalePopulation) },
    action: areaSettingsAction,
    onSuccess: () => router.push('/admin/area?saved=1'),
  });
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <TextInput
        id="adultFemalePopulation"
        label="Female population aged 16 and over"
        hint="From the ONS mid-year population estimates for the area. The MARAC dataset counts cases per 10,000 adult women from it; leave blank if not known"
        inputMode="numeric"
        width="govuk-input--width-10"
        error={errorOf('adultFemalePopulation')}
        {...form.register('adultFemalePopulation')}
      />
      <Button disabled={pending}>Save settings</Button>
    </form>
  );
}
