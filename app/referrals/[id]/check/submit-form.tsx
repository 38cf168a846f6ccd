'use client';

import { useRouter } from 'next/navigation';
import { stepTitles, type ReferralStep } from '@/lib/referrals/form/fields';
import { useServerForm } from '../../../_lib/use-server-form';
import { Button } from '../../../ui/button';
import { ErrorSummary } from '../../../ui/error-summary';
import { InsetText } from '../../../ui/inset-text';
import { Textarea } from '../../../ui/textarea';
import { submitReferralAction } from '../../actions';

export function SubmitForm({ referralId, version, question, incomplete }: { referralId: string; version: number; question?: string | null; incomplete: { step: ReferralStep; message: string }[] }) {
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm<{ referralId: string; version: number; answer: string }, unknown>({
    defaultValues: { referralId, version, answer: '' },
    action: submitReferralAction as never,
    onSuccess: () => {
      router.push(`/referrals/${referralId}/submitted`);
      router.refresh();
    },
  });
  if (incomplete.length) {
    return (
      <>
        <h2 className="govuk-heading-m">Not ready to submit</h2>
        <ul className="govuk-list govuk-list--bullet">
          {incomplete.map((i) => (
            <li key={i.step}>
              <a className="govuk-link" href={`/referrals/${referralId}/${i.step}`}>
                {stepTitles[i.step]}
              </a>
              : {i.message}
            </li>
          ))}
        </ul>
      </>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <h2 className="govuk-heading-m">Submit the referral</h2>
      <ErrorSummary errors={errors.map((e) => (e.href.startsWith('#') && !e.href.startsWith('#answer') && e.href !== '#main-content' ? { ...e, href: `/referrals/${referralId}/${e.href.slice(1)}` } : e))} />
      {question ? (
        <>
          <InsetText>The coordinator asked: {question}</InsetText>
          <Textarea id="answer" label="Your answer to the coordinator" error={errorOf('answer')} {...form.register('answer')} />
        </>
      ) : null}
      <p className="govuk-body">The MARAC coordinator screens it next. You can follow it on your agency’s referrals page.</p>
      <Button disabled={pending}>{question ? 'Answer and submit again' : 'Submit referral'}</Button>
    </form>
  );
}
