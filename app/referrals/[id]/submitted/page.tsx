import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getReferral } from '@/lib/referrals/get';
import { orRefuse } from '../../../_lib/guard';
import { Panel } from '../../../ui/panel';

export const metadata: Metadata = { title: 'Referral submitted' };

/** The confirmation a referrer sees on submitting: the reference, and what happens next. */
export default async function ReferralSubmittedPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const viewer = await requireViewer();
  const referral = await orRefuse(getReferral(viewer, id));
  // Only while it waits for screening, and only for the agency that made it.
  if (referral.status !== 'submitted' || !referral.isReferrer) redirect(`/referrals/${id}`);
  const again = referral.history.filter((h) => h.to === 'submitted').length > 1;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={again ? 'Referral submitted again' : 'Referral submitted'}>
          Your reference is
          <br />
          <strong>{referral.reference}</strong>
        </Panel>
        <p className="govuk-body">
          Your referral for {referral.form.victim?.name || 'the victim'} has been sent to the MARAC coordinator. Quote the reference if you contact them about it.
        </p>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          The coordinator screens {again ? 'it again, with your answer' : 'your referral'}: they check it meets the MARAC’s criteria and whether the victim or the
          perpetrator is known from an earlier case.
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            If they need to know more, they return it to you with a question. You will be told in Marac Hub, and by email if you have chosen to get emails. You
            can then change the referral, answer the question and submit it again.
          </li>
          <li>If they accept it, the case is listed for the next MARAC meeting. When its agenda is published, every agency is asked to research the case.</li>
          <li>If they decline it, you will be told why.</li>
        </ul>
        <p className="govuk-body">Until the meeting, keep supporting the victim under your agency’s own safeguarding procedures. If anyone is in immediate danger, call 999.</p>
        <p className="govuk-body">
          <Link className="govuk-link" href={`/referrals/${id}`}>
            View the referral
          </Link>
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/referrals">
            Go to your agency’s referrals
          </Link>
        </p>
      </div>
    </div>
  );
}
