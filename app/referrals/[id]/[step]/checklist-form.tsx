'use client';

import { answerLabels, answers, currentRiskChecklist, currentStalkingScreen } from '@/lib/referrals/checklists';
import { Details } from '../../../ui/details';
import { ErrorSummary } from '../../../ui/error-summary';
import { Radios } from '../../../ui/radios';
import { TextInput } from '../../../ui/text-input';
import { StepButtons } from './step-buttons';
import { useStepForm } from './use-step-form';

type Values = { answers: Record<string, string>; sources: Record<string, string>; markedStalking?: string };

const answerItems = answers.map((a) => ({ value: a, label: answerLabels[a] }));

/** The risk checklist or the stalking screen, with the score counted as the referrer answers. */
export function ChecklistForm({
  referralId,
  version,
  kind,
  values,
  threshold,
}: {
  referralId: string;
  version: number;
  kind: 'risk' | 'stalking';
  values: Values;
  threshold: number;
}) {
  const definition = kind === 'risk' ? currentRiskChecklist : currentStalkingScreen;
  const { form, saveAndContinue, saveDraft, errors, errorOf, pending } = useStepForm<Values>({
    referralId,
    version,
    step: kind,
    defaultValues: { answers: values.answers ?? {}, sources: values.sources ?? {}, ...(kind === 'risk' ? { markedStalking: values.markedStalking ?? '' } : {}) },
    next: (v) => `/referrals/${referralId}/${kind === 'risk' && (v.answers.q8 === 'yes' || v.markedStalking === 'yes') ? 'stalking' : 'criteria'}`,
  });
  const given = form.watch('answers');
  const score = definition.questions.filter((q) => given?.[q.id] === 'yes').length;
  const answered = definition.questions.filter((q) => given?.[q.id]).length;

  return (
    <form onSubmit={saveAndContinue} noValidate>
      <ErrorSummary errors={errors} />
      <div className="app-score-panel" role="status" aria-live="polite">
        <p className="govuk-body govuk-!-margin-0">
          <strong>
            Score: {score} “yes” of {definition.questions.length}
          </strong>{' '}
          ({answered} answered).{' '}
          {kind === 'risk'
            ? score >= threshold
              ? `Visible high risk: ${threshold} or more “yes” answers.`
              : `Visible high risk starts at ${threshold}; you can still refer on professional judgement or potential escalation.`
            : 'The stalking screen has no cut-off: the more “yes” answers, the higher the risk.'}
        </p>
      </div>
      {definition.questions.map((q) => (
        <div key={q.id} className="app-checklist-question">
          <Radios
            id={`answers.${q.id}`}
            legend={`${q.number}. ${q.text}`}
            legendSize="s"
            hint={q.help}
            inline
            small
            items={answerItems}
            error={errorOf(`answers.${q.id}`)}
            inputProps={form.register(`answers.${q.id}`)}
          />
          <Details summary={`Source for question ${q.number}, if not the victim`}>
            <TextInput id={`sources.${q.id}`} label="Who gave this answer" hint="For example: police records, a neighbour" error={errorOf(`sources.${q.id}`)} {...form.register(`sources.${q.id}`)} />
          </Details>
        </div>
      ))}
      {kind === 'risk' ? (
        <Radios
          id="markedStalking"
          legend="Is this a stalking or harassment case?"
          hint="If yes, or if question 8 is yes, you will be asked the stalking screen next"
          legendSize="m"
          inline
          items={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
          inputProps={form.register('markedStalking')}
        />
      ) : null}
      <StepButtons onDraft={saveDraft} pending={pending} />
    </form>
  );
}
