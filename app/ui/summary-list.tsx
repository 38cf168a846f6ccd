import type { ReactNode } from "react";
import { cx } from "./class-names";

export type SummaryListRow = { key: ReactNode; value: ReactNode; actions?: ReactNode };

/** GOV.UK summary list (`<dl>`). `actions` is usually a link with visually hidden context, e.g. "Change<span class=govuk-visually-hidden> address</span>". */
export function SummaryList({ rows, noBorder }: { rows: SummaryListRow[]; noBorder?: boolean }) {
  const anyActions = rows.some((row) => row.actions != null);
  return (
    <dl className={cx("govuk-summary-list", noBorder && "govuk-summary-list--no-border")}>
      {rows.map((row, index) => (
        <div
          key={index}
          className={cx("govuk-summary-list__row", anyActions && row.actions == null && "govuk-summary-list__row--no-actions")}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.actions != null ? <dd className="govuk-summary-list__actions">{row.actions}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
