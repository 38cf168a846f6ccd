'use client';

import type { OwnerChoice } from '@/lib/action-items/owner';
import type { FieldPath, Form } from '../_lib/use-form';
import { withoutAccount } from '@/lib/action-items/labels';
import { Select } from '../ui/select';
import { TextInput } from '../ui/text-input';

type OwnerValues = { ownerAgencyId: string; ownerUserId: string; ownerName?: string };

/**
 * Who owns an action: the agency, then one of its people by name, or someone without an account,
 * whose name is then typed. Choosing an agency lists only its people; before one is chosen every
 * agency's people are listed under its name, and choosing one of them chooses their agency too.
 * Native selects throughout, so the keyboard, screen readers and typing a name's first letters work.
 */
export function OwnerFields<T extends OwnerValues>({
  form,
  choices,
  errorOf,
  agencyHint,
}: {
  form: Form<T>;
  /** The agencies the action may be given to, with their people. */
  choices: OwnerChoice[];
  errorOf: (name: string) => string | undefined;
  agencyHint?: string;
}) {
  const field = (name: keyof OwnerValues) => name as FieldPath<T>;
  const set = (name: keyof OwnerValues, value: string) => form.setValue(field(name), value as never);
  const agencyId = form.watch(field('ownerAgencyId')) as string;
  const userId = form.watch(field('ownerUserId')) as string;
  const chosen = choices.find((c) => c.agencyId === agencyId);
  const agencyOf = (personId: string) => choices.find((c) => c.people.some((p) => p.id === personId));
  const people = (c: OwnerChoice) => c.people.map((p) => ({ value: p.id, label: p.name }));
  const noAccount = { value: withoutAccount, label: 'Someone without an account' };

  return (
    <>
      <Select
        id="ownerAgencyId"
        label="Agency"
        hint={agencyHint}
        emptyOption={choices.length > 1 ? 'Select the agency' : undefined}
        options={choices.map((c) => ({ value: c.agencyId, label: c.agencyName }))}
        error={errorOf(field('ownerAgencyId'))}
        {...form.register(field('ownerAgencyId'), {
          onChange: (e: { target: { value: string } }) => {
            const person = form.getValues(field('ownerUserId')) as string;
            if (person && person !== withoutAccount && agencyOf(person)?.agencyId !== e.target.value) set('ownerUserId', '');
          },
        })}
        // Controlled as well, so the choice stays shown when the list of options changes under it.
        value={agencyId ?? ''}
      />
      <Select
        id="ownerUserId"
        label="Person"
        hint={chosen ? `People with an account at ${chosen.agencyName}, or someone without one` : 'Select the agency first to list only its people'}
        emptyOption="Select the person"
        groups={chosen ? undefined : choices.filter((c) => c.people.length > 0).map((c) => ({ label: c.agencyName, options: people(c) }))}
        options={chosen ? [...people(chosen), noAccount] : [noAccount]}
        error={errorOf(field('ownerUserId'))}
        {...form.register(field('ownerUserId'), {
          onChange: (e: { target: { value: string } }) => {
            const theirs = agencyOf(e.target.value);
            if (theirs && !form.getValues(field('ownerAgencyId'))) set('ownerAgencyId', theirs.agencyId);
          },
        })}
        value={userId ?? ''}
      />
      {userId === withoutAccount ? (
        <TextInput
          id="ownerName"
          label="Their name"
          hint="Without an account they are not told of it: the agency’s users are told, and reminded when it is due"
          width="govuk-input--width-30"
          autoComplete="off"
          error={errorOf(field('ownerName'))}
          {...form.register(field('ownerName'))}
        />
      ) : null}
    </>
  );
}
