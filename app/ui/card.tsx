import type { ReactNode } from "react";
import { Link } from './link';

export type CardProps = {
  title: ReactNode;
  /** Makes the title a link. */
  href?: string;
  headingLevel?: 2 | 3;
  children?: ReactNode;
};

/** Dashboard card: a bordered box with a heading (styles in globals.scss). */
export function Card({ title, href, headingLevel = 2, children }: CardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="app-card">
      <Heading className="govuk-heading-m app-card__title">
        {href ? (
          <Link href={href} className="govuk-link govuk-link--no-visited-state">
            {title}
          </Link>
        ) : (
          title
        )}
      </Heading>
      {children ? <div className="app-card__body">{children}</div> : null}
    </div>
  );
}

/** Lays out cards in a responsive grid. */
export function CardGroup({ children }: { children: ReactNode }) {
  return <div className="app-card-group">{children}</div>;
}
