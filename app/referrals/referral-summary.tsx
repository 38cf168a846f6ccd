import { fieldSteps, stepTitles, type FieldDescriptor, type FieldStep } from '@/lib/referrals/form/fields';
import type { ReferralForm } from '@/lib/referrals/form/schemas';
import { answerLabels, getChecklist, type Answer } from '@/lib/referrals/checklists';
import { formatDate } from '../_lib/format';
import { SummaryList } from '../ui/summary-list';
import { Table, Td, Th, Tr } from '../ui/table';

/** One answer as the referrer chose or typed it: an option's words, a date in full, text as written. */
export function displayAnswer(field: FieldDescriptor, value: string | undefined, agencyName?: string | null) {
  const text = answerText(field, value, agencyName);
  if (text === null) return notGiven;
  return field.kind === 'radios' || field.kind === 'date' || field.kind === 'agency' ? text : <span className="app-pre-line">{text}</span>;
}

const notGiven = <span className="govuk-hint govuk-!-margin-0">Not given</span>;

/** An answer as it reads: the chosen option's label, a date in words, or what was typed; null when not given. */
export function answerText(field: FieldDescriptor, value: string | undefined, agencyName?: string | null): string | null {
  if (!value) return null;
  if (field.kind === 'agency') return agencyName ?? 'An agency that has since closed';
  if (field.kind === 'radios') return field.options?.find((o) => o.value === value)?.label ?? value;
  if (field.kind === 'date') return formatDate(value);
  return value;
}

/** A form label as a summary key: "Your phone number (optional)" reads "Phone number". */
function summaryLabel(label: string): string {
  const bare = label.replace(/ \(optional\)$/, '').replace(/^Your /, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** One field step's answers; fields withheld from this viewer are listed as protected. */
export function FieldStepSummary({
  step,
  values,
  protectedHidden,
  changeHref,
  jointAgencyName,
}: {
  step: FieldStep;
  values: Record<string, string> | undefined;
  protectedHidden?: boolean;
  changeHref?: string;
  /** The name of the agency a joint referral's `jointAgency` holds the id of. */
  jointAgencyName?: string | null;
}) {
  const rows = (fieldSteps[step] as readonly FieldDescriptor[])
    .filter((f) => !(protectedHidden && f.protected))
    .map((f) => ({ key: f.kind === 'agency' ? 'Joint referral with' : summaryLabel(f.label), value: displayAnswer(f, values?.[f.name], jointAgencyName) }));
  if (protectedHidden && step === 'victim') {
    rows.push({ key: 'Address and safe contact details', value: <span>Protected: shown to the referring agency, the IDVA service and the police, or to others who give a reason on the case record</span> });
  }
  return (
    <>
      <h3 className="govuk-heading-s">
        {stepTitles[step]}
        {changeHref ? (
          <>
            {' '}
            <a className="govuk-link govuk-body-s" href={changeHref}>
              Change<span className="govuk-visually-hidden"> {stepTitles[step].toLowerCase()}</span>
            </a>
          </>
        ) : null}
      </h3>
      <SummaryList rows={rows} />
    </>
  );
}

export function HouseholdSummary({ household }: { household: ReferralForm['household'] }) {
  const members = household?.members ?? [];
  if (members.length === 0) return <p className="govuk-body">No children or other household members recorded.</p>;
  return (
    <Table
      caption="Children and other household members"
      captionSize="s"
      head={
        <>
          <Th>Name</Th>
          <Th>Date of birth</Th>
          <Th>Child</Th>
          <Th>To the victim</Th>
          <Th>To the perpetrator</Th>
          <Th>School</Th>
        </>
      }
    >
      {members.map((m, i) => (
        <Tr key={i}>
          <Td>{m.name}</Td>
          <Td>{m.dob ? formatDate(m.dob) : '—'}</Td>
          <Td>{m.child === 'yes' ? 'Yes' : 'No'}</Td>
          <Td>{m.relationshipToVictim || '—'}</Td>
          <Td>{m.relationshipToPerpetrator || '—'}</Td>
          <Td>{m.school || '—'}</Td>
        </Tr>
      ))}
    </Table>
  );
}

/** A checklist's answers against the definition they were given on (an old version keeps its wording). */
export function ChecklistSummary({ checklistId, answers, sources, score }: { checklistId: string | null; answers: Record<string, string | undefined> | undefined; sources?: Record<string, string>; score: number }) {
  const definition = checklistId ? getChecklist(checklistId) : undefined;
  if (!definition || !answers) return <p className="govuk-body">Not answered.</p>;
  return (
    <Table
      caption={`${definition.title}: ${score} yes`}
      captionSize="s"
      head={
        <>
          <Th>Question</Th>
          <Th>Answer</Th>
          <Th>Source, if not the victim</Th>
        </>
      }
    >
      {definition.questions.map((q) => (
        <Tr key={q.id}>
          <Td>
            {q.number}. {q.shortLabel}
          </Td>
          <Td>{answers[q.id] ? <strong>{answerLabels[answers[q.id] as Answer]}</strong> : '—'}</Td>
          <Td>{sources?.[q.id] || ''}</Td>
        </Tr>
      ))}
    </Table>
  );
}
