import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { Link } from './link';
import { cx } from "./class-names";

export type TableProps = Omit<ComponentPropsWithoutRef<"table">, "children"> & {
  caption?: ReactNode;
  captionSize?: "s" | "m" | "l" | "xl";
  /** Header cells (`<Th>` / `<SortableHeader>`), wrapped in `<thead><tr>`. */
  head?: ReactNode;
  /** Body rows (`<Tr>`), wrapped in `<tbody>`. */
  children: ReactNode;
};

/** GOV.UK table: `head` cells go in one header row, `children` rows in the body. */
export function Table({ caption, captionSize, head, className, children, ...rest }: TableProps) {
  return (
    <table className={cx("govuk-table", className)} {...rest}>
      {caption ? (
        <caption className={cx("govuk-table__caption", captionSize && `govuk-table__caption--${captionSize}`)}>
          {caption}
        </caption>
      ) : null}
      {head ? (
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">{head}</tr>
        </thead>
      ) : null}
      <tbody className="govuk-table__body">{children}</tbody>
    </table>
  );
}

export function Tr({ className, ...rest }: ComponentPropsWithoutRef<"tr">) {
  return <tr className={cx("govuk-table__row", className)} {...rest} />;
}

export type ThProps = ComponentPropsWithoutRef<"th"> & { numeric?: boolean };

/** Header cell; `scope` defaults to "col" (use "row" for a row's first cell). */
export function Th({ scope = "col", numeric, className, ...rest }: ThProps) {
  return <th scope={scope} className={cx("govuk-table__header", numeric && "govuk-table__header--numeric", className)} {...rest} />;
}

export type TdProps = ComponentPropsWithoutRef<"td"> & { numeric?: boolean };

export function Td({ numeric, className, ...rest }: TdProps) {
  return <td className={cx("govuk-table__cell", numeric && "govuk-table__cell--numeric", className)} {...rest} />;
}

export type SortDirection = "ascending" | "descending" | "none";

const arrows: Record<SortDirection, ReactNode> = {
  ascending: <path d="M6.5625 15.5L11 6.63125L15.4375 15.5H6.5625Z" fill="currentColor" />,
  descending: <path d="M15.4375 7L11 15.8687L6.5625 7L15.4375 7Z" fill="currentColor" />,
  none: (
    <>
      <path d="M8.1875 9.5L10.9609 3.95703L13.7344 9.5H8.1875Z" fill="currentColor" />
      <path d="M13.7344 12.0781L10.9609 17.6211L8.1875 12.0781H13.7344Z" fill="currentColor" />
    </>
  ),
};

export type SortableHeaderProps = {
  /** URL that reloads the list sorted by this column (the server sorts in SQL). */
  href: string;
  label: ReactNode;
  direction: SortDirection;
  numeric?: boolean;
  className?: string;
};

/** Column header in MOJ sortable-table style: `<th aria-sort>` holding a link with a direction arrow. */
export function SortableHeader({ href, label, direction, numeric, className }: SortableHeaderProps) {
  return (
    <th
      scope="col"
      aria-sort={direction}
      className={cx("govuk-table__header", numeric && "govuk-table__header--numeric", className)}
    >
      <Link href={href} className="app-sortable-link" scroll={false}>
        {label}
        <svg width="22" height="22" focusable="false" aria-hidden="true" viewBox="0 0 22 22" fill="none" xmlns="http://www.w3.org/2000/svg">
          {arrows[direction]}
        </svg>
      </Link>
    </th>
  );
}
