import type { ReactNode } from "react";

export type TimelineItem = {
  title: ReactNode;
  /** Who did it ("by …" is added). */
  byline?: ReactNode;
  /** Machine-readable date/time (ISO 8601) for `<time datetime>`. */
  datetime: string;
  /** Human-readable date/time, e.g. "3 March 2026 at 2:15pm". */
  dateText: ReactNode;
  description?: ReactNode;
};

/** MOJ timeline, newest first as given. */
export function Timeline({ items, headingLevel = 2 }: { items: TimelineItem[]; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="moj-timeline">
      {items.map((item, index) => (
        <div className="moj-timeline__item" key={index}>
          <div className="moj-timeline__header">
            <Heading className="moj-timeline__title">{item.title}</Heading>
            {item.byline ? (
              <>
                {" "}
                <p className="moj-timeline__byline">by {item.byline}</p>
              </>
            ) : null}
          </div>
          <p className="moj-timeline__date">
            <time dateTime={item.datetime}>{item.dateText}</time>
          </p>
          {item.description ? <div className="moj-timeline__description">{item.description}</div> : null}
        </div>
      ))}
    </div>
  );
}
