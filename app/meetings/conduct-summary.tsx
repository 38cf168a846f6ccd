import { SUMMARY_DAYS, type ConductSummary } from '@/lib/stalking/summary';
import { incidentChannelLabels } from '@/lib/stalking/labels';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A case's course of conduct in one line, for the MARAC: incidents and breaches lately, orders in force, preservation deadlines near. */
export function conductSummaryText(s: ConductSummary): string {
  const channels = s.recentChannels.map((c) => incidentChannelLabels[c].toLowerCase());
  const parts = [
    s.recentIncidents === 0
      ? `No incidents in the last ${SUMMARY_DAYS} days`
      : `${plural(s.recentIncidents, 'incident', 'incidents')} in the last ${SUMMARY_DAYS} days (${channels.join(', ')})`,
    ...(s.recentBreaches ? [`${plural(s.recentBreaches, 'breach', 'breaches')} of an order in the last ${SUMMARY_DAYS} days`] : []),
    s.ordersInForce === 0 ? 'no order in force' : `${plural(s.ordersInForce, 'order', 'orders')} in force`,
    ...(s.preservationDeadlinesNear ? [`${plural(s.preservationDeadlinesNear, 'preservation deadline', 'preservation deadlines')} near`] : []),
  ];
  return `${parts.join('; ')}.`;
}

export function ConductSummaryLine({ summary, className = 'govuk-body-s' }: { summary: ConductSummary | undefined; className?: string }) {
  if (!summary) return null;
  return (
    <p className={className}>
      <strong>Course of conduct:</strong> {conductSummaryText(summary)}
    </p>
  );
}
