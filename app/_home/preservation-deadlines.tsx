import { Link } from '@/app/ui/link';
import type { NearDeadlines } from '@/lib/preservation/requests';
import { preservationStatusLabels } from '@/lib/stalking/labels';
import { formatDate } from '../_lib/format';
import { Card } from '../ui/card';

/** For the police: the preservation requests of their cases within 15 days of the deadline, soonest first. */
export function PreservationDeadlinesPanel({ near }: { near: NearDeadlines | null }) {
  if (!near) return null;
  return (
    <Card title="Preservation deadlines">
      {near.total === 0 ? (
        <p className="govuk-body">No data-preservation request is within 15 days of its deadline.</p>
      ) : (
        <>
          <p className="govuk-body">
            {near.total === 1 ? '1 request is' : `${near.total} requests are`} still with the platform and within 15 days of the deadline.
          </p>
          <ul className="govuk-list">
            {near.requests.map((r) => (
              <li key={r.id}>
                <Link className="govuk-link" href={`/cases/${r.caseId}/preservation/${r.id}`}>
                  Case {r.caseNumber}: {r.platform}, by {formatDate(r.deadlineOn)}
                </Link>{' '}
                ({preservationStatusLabels[r.status].toLowerCase()})
              </li>
            ))}
          </ul>
          {near.total > near.requests.length ? <p className="govuk-body">And {near.total - near.requests.length} more: see each case’s requests.</p> : null}
        </>
      )}
    </Card>
  );
}
