import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { requireViewer } from '@/lib/auth/current-viewer';
import { ACTION_PAGE_SIZE, listActionItems, type ActionBoard } from '@/lib/action-items/list';
import { actionBoardQueryFields, actionBoardQueryLabels } from '@/lib/action-items/schemas';
import { actionStatusLabels } from '@/lib/action-items/labels';
import { readQuery } from '@/lib/input/query';
import { can } from '@/lib/authz';
import { formatDateTime } from '../_lib/format';
import { DateFilterInputs, dateFilterErrors, readDateBoxes, type DateFilterFields } from '../_lib/date-filters';
import { orRefuse } from '../_lib/guard';
import { IgnoredFilters, ignoredNames } from '../_lib/ignored-filters';
import { Checkboxes } from '../ui/checkboxes';
import { ErrorSummary } from '../ui/error-summary';
import { Filter, FilterLayout } from '../ui/filter-layout';
import { PageHeading } from '../ui/page-heading';
import { Pagination, ResultsCount } from '../ui/pagination';
import { Select } from '../ui/select';
import { TextInput } from '../ui/text-input';
import { ActionsTable } from './actions-table';

export const metadata: Metadata = { title: 'Actions' };

const dueDates: DateFilterFields<'dueFrom' | 'dueTo'> = {
  dueFrom: { legend: 'Due from', label: 'The “due from” date' },
  dueTo: { legend: 'Due by', label: 'The “due by” date' },
};

export default async function ActionsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer();
  const raw = await searchParams;
  const dates = readDateBoxes(dueDates, raw);
  const { query: q, ignored } = readQuery(actionBoardQueryFields, dates.input);
  const seesAll = can(viewer, 'action_item.list_all', { areaId: viewer.areaId });
  const board: ActionBoard = raw.board === 'me' ? 'me' : seesAll && raw.board !== 'mine' ? 'all' : 'mine';
  const data = await orRefuse(listActionItems(viewer, board, q));
  const boardParam = board === 'all' ? undefined : board;
  const params = { board: boardParam, status: q.status, agency: q.agency, owner: q.owner, caseNumber: q.caseNumber, meeting: q.meeting, dueFrom: q.dueFrom, dueTo: q.dueTo, overdue: q.overdue };
  const boards = [
    { board: 'me', href: '/action-items?board=me', label: 'My actions' },
    { board: 'mine', href: '/action-items?board=mine', label: 'My agency’s actions' },
    ...(seesAll ? [{ board: 'all', href: '/action-items', label: 'All agencies’ actions' }] : []),
  ];
  const clearHref = boards.find((b) => b.board === board)!.href;
  const headings = { me: 'My actions', mine: 'My agency’s actions', all: 'All actions' };

  return (
    <>
      <PageHeading caption={board === 'all' ? 'All agencies' : board === 'me' ? viewer.name : viewer.agencyName}>{headings[board]}</PageHeading>
      <nav className="moj-sub-navigation" aria-label="Action boards">
        <ul className="moj-sub-navigation__list">
          {boards.map((b) => (
            <li key={b.board} className="moj-sub-navigation__item">
              <Link className="moj-sub-navigation__link" href={b.href} aria-current={b.board === board ? 'page' : undefined}>
                {b.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {seesAll ? (
        <p className="govuk-body">
          <Link className="govuk-link" href="/action-items/escalation">
            Escalation list for the steering group
          </Link>
        </p>
      ) : null}
      <ErrorSummary errors={dateFilterErrors(dueDates, dates)} />
      <FilterLayout
        resultsLabel="Actions"
        filter={
          <form method="get" aria-label="Filter actions">
            {boardParam ? <input type="hidden" name="board" value={boardParam} /> : null}
            <Filter clearHref={clearHref}>
              <Checkboxes id="overdue" name="overdue" legend="Overdue" legendSize="s" small items={[{ value: 'yes', label: 'Overdue only' }]} defaultValues={q.overdue ? ['yes'] : []} />
              <Select id="status" name="status" label="Status" emptyOption="Any status" defaultValue={q.status ?? ''} options={Object.entries(actionStatusLabels).map(([value, label]) => ({ value, label }))} />
              {board === 'all' ? (
                <Select id="agency" name="agency" label="Agency" emptyOption="Any agency" defaultValue={q.agency ?? ''} options={data.agencies.map((a) => ({ value: a.id, label: a.name }))} />
              ) : null}
              {board === 'me' ? null : <TextInput id="owner" name="owner" label="Owner’s name" defaultValue={q.owner ?? ''} />}
              <TextInput id="caseNumber" name="caseNumber" label="Case number" defaultValue={q.caseNumber ?? ''} />
              <Select id="meeting" name="meeting" label="Agreed at" emptyOption="Any meeting" defaultValue={q.meeting ?? ''} options={data.meetings.map((m) => ({ value: m.id, label: formatDateTime(m.startsAt) }))} />
              <DateFilterInputs fields={dueDates} {...dates} />
            </Filter>
          </form>
        }
      >
        <IgnoredFilters names={ignoredNames(ignored, actionBoardQueryLabels)} />
        <ResultsCount from={data.total ? (q.page - 1) * ACTION_PAGE_SIZE + 1 : 0} to={Math.min(data.total, q.page * ACTION_PAGE_SIZE)} total={data.total} moreThan={data.moreThanTotal} noun="actions" />
      {data.moreThanTotal ? <p className="govuk-body">Search or filter to narrow the list.</p> : null}
        <ActionsTable rows={data.rows} sort={q.sort} dir={q.dir} basePath="/action-items" params={params} />
        <Pagination page={q.page} pageCount={Math.max(1, Math.ceil(data.total / ACTION_PAGE_SIZE))} baseHref="/action-items" params={{ ...params, sort: q.sort, dir: q.dir }} />
      </FilterLayout>
    </>
  );
}
