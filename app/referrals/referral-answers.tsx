import type { ReferralDetail } from '@/lib/referrals/get';
import { ChecklistSummary, FieldStepSummary, HouseholdSummary } from './referral-summary';

/** Every answer of a referral, read-only, as the referrer gave them (protected fields withheld where due). */
export function ReferralAnswers({ referral, changeHref }: { referral: Pick<ReferralDetail, 'id' | 'form' | 'protectedHidden' | 'scores' | 'stalking' | 'jointAgencyName'>; changeHref?: (step: string) => string }) {
  const { form } = referral;
  return (
    <>
      <FieldStepSummary step="referrer" values={form.referrer} jointAgencyName={referral.jointAgencyName} changeHref={changeHref?.('referrer')} />
      <FieldStepSummary step="victim" values={form.victim} protectedHidden={referral.protectedHidden} changeHref={changeHref?.('victim')} />
      <FieldStepSummary step="perpetrator" values={form.perpetrator} changeHref={changeHref?.('perpetrator')} />
      <h3 className="govuk-heading-s">
        Children and household{' '}
        {changeHref ? (
          <a className="govuk-link govuk-body-s" href={changeHref('household')}>
            Change<span className="govuk-visually-hidden"> children and household</span>
          </a>
        ) : null}
      </h3>
      <HouseholdSummary household={form.household} />
      <ChecklistSummary checklistId={referral.scores.riskChecklistId} answers={form.risk?.answers} sources={form.risk?.sources} score={referral.scores.risk} />
      {changeHref ? (
        <p className="govuk-body">
          <a className="govuk-link" href={changeHref('risk')}>
            Change the risk checklist
          </a>
        </p>
      ) : null}
      {form.stalking ? (
        <ChecklistSummary checklistId={referral.scores.stalkingScreenId} answers={form.stalking.answers} sources={form.stalking.sources} score={referral.scores.stalking} />
      ) : null}
      <FieldStepSummary step="criteria" values={form.criteria} changeHref={changeHref?.('criteria')} />
      <FieldStepSummary step="consent" values={form.consent} changeHref={changeHref?.('consent')} />
    </>
  );
}
