import { Link } from '@/app/ui/link';
import type { Viewer } from '@/lib/auth/viewer-type';
import { getCrimeRecording, type CaseRecording } from '@/lib/crime-recording/recording';
import { crimeRecordingLabels } from '@/lib/stalking/labels';
import { orRefuse } from '../../../_lib/guard';
import { ReviewPrompt } from './review-prompt';

/** The case page's block: how the police recorded the crime, and the review prompt for the police. */
export function RecordingSection({ caseId, recording }: { caseId: string; recording: CaseRecording }) {
  const current = recording.revisions[0];
  return (
    <>
      <h3 className="govuk-heading-m">How the police recorded the crime</h3>
      <ReviewPrompt recording={recording} />
      <p className="govuk-body">
        <strong>{crimeRecordingLabels[recording.recording]}</strong>
        {current?.crimeReference ? `, crime reference ${current.crimeReference}` : ''}.{' '}
        <Link className="govuk-link" href={`/cases/${caseId}/recording`}>
          {recording.canRecord ? 'Change the recording or see its history' : 'See its history'}
        </Link>
      </p>
    </>
  );
}

/** The review prompt alone, for the incident log's page. */
export async function RecordingReviewPrompt({ viewer, caseId }: { viewer: Viewer; caseId: string }) {
  return <ReviewPrompt recording={await orRefuse(getCrimeRecording(viewer, caseId))} />;
}
