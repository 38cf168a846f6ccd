import { Link } from '@/app/ui/link';
import type { CaseRecording } from '@/lib/crime-recording/recording';
import { crimeRecordingLabels } from '@/lib/stalking/labels';
import { NotificationBanner } from '../../../ui/notification-banner';

/** The prompt to the police of the case: the log shows a course of stalking conduct, the recording is not stalking. */
export function ReviewPrompt({ recording }: { recording: CaseRecording }) {
  if (!recording.reviewDue) return null;
  return (
    <NotificationBanner title="Review how this crime is recorded">
      <p className="govuk-notification-banner__heading">
        The log shows a course of conduct with stalking behaviours, and the crime is recorded as: {crimeRecordingLabels[recording.recording]}.
      </p>
      <p className="govuk-body">
        Stalking recorded as harassment, or not recorded, loses the protections stalking brings, such as a Stalking Protection Order.{' '}
        <Link className="govuk-notification-banner__link" href={`/cases/${recording.caseId}/recording#review`}>
          Review the recording
        </Link>
      </p>
    </NotificationBanner>
  );
}
