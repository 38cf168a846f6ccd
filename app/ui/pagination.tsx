import { Link } from './link';
import { cx } from "./class-names";

export type PaginationProps = {
  /** Current page, from 1. */
  page: number;
  pageCount: number;
  /** Builds a page's URL. Alternatively give `baseHref` (+ `params`): `${baseHref}?${params}&page=N`. */
  hrefFor?: (page: number) => string;
  baseHref?: string;
  params?: Record<string, string | number | undefined | null>;
  /** Query parameter used with `baseHref`; default "page". */
  pageParam?: string;
  label?: string;
};

type PageItem = number | "ellipsis";

/** 1 … (page-1) page (page+1) … last */
function pageItems(page: number, pageCount: number): PageItem[] {
  const wanted = new Set([1, page - 1, page, page + 1, pageCount].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const items: PageItem[] = [];
  let previous = 0;
  for (const n of sorted) {
    if (n - previous > 1) items.push("ellipsis");
    items.push(n);
    previous = n;
  }
  return items;
}

function hrefBuilder({ hrefFor, baseHref = "", params = {}, pageParam = "page" }: PaginationProps) {
  if (hrefFor) return hrefFor;
  return (page: number) => {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) {
      if (value !== undefined && value !== null && value !== "" && name !== pageParam) search.set(name, String(value));
    }
    search.set(pageParam, String(page));
    return `${baseHref}?${search.toString()}`;
  };
}

/** GOV.UK pagination with Previous/Next and numbered links. Renders nothing for a single page. */
export function Pagination(props: PaginationProps) {
  const { pageCount, label = "Pagination" } = props;
  if (pageCount <= 1) return null;
  const page = Math.min(Math.max(1, props.page), pageCount);
  const href = hrefBuilder(props);
  return (
    <nav className="govuk-pagination" aria-label={label}>
      {page > 1 ? (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" href={href(page - 1)} rel="prev">
            <svg className="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
            </svg>
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      ) : null}
      <ul className="govuk-pagination__list">
        {pageItems(page, pageCount).map((item, index) =>
          item === "ellipsis" ? (
            <li key={`ellipsis-${index}`} className="govuk-pagination__item govuk-pagination__item--ellipsis">
              {"\u22EF"}
            </li>
          ) : (
            <li key={item} className={cx("govuk-pagination__item", item === page && "govuk-pagination__item--current")}>
              <Link
                className="govuk-link govuk-pagination__link"
                href={href(item)}
                aria-label={`Page ${item}`}
                aria-current={item === page ? "page" : undefined}
              >
                {item}
              </Link>
            </li>
          ),
        )}
      </ul>
      {page < pageCount ? (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" href={href(page + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            <svg className="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
            </svg>
          </Link>
        </div>
      ) : null}
    </nav>
  );
}

/** "Showing 21 to 40 of 123 results" (or "No results"); with `moreThan`, "of more than 10,000 results". */
export function ResultsCount({ from, to, total, noun = "results", moreThan = false }: { from: number; to: number; total: number; noun?: string; moreThan?: boolean }) {
  if (total === 0) return <p className="govuk-body">No {noun}</p>;
  const n = (v: number) => v.toLocaleString("en-GB");
  return (
    <p className="govuk-body">
      Showing <b>{n(from)}</b> to <b>{n(to)}</b> of {moreThan ? "more than " : null}
      <b>{n(total)}</b> {noun}
    </p>
  );
}
