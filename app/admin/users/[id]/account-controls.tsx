'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ActionResult } from '../../../_lib/server-action';
import { Button } from '../../../ui/button';
import { ErrorSummary } from '../../../ui/error-summary';
import { NotificationBanner } from '../../../ui/notification-banner';
import { disableUserAction, enableUserAction, issueSetupLinkAction, resetMfaAction } from '../actions';
import { SetupLinkPanel } from '../setup-link-panel';

/** Disable or re-enable an account, and give the user a new set-up link. */
export function AccountControls({ userId, name, active, mfaEnrolled, isSelf }: { userId: string; name: string; active: boolean; mfaEnrolled: boolean; isSelf: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  const [link, setLink] = useState<{ setupLink: string; expiresAt: string }>();

  function run<T>(action: () => Promise<ActionResult<T>>, done: (data: T) => void) {
    setError(undefined);
    setMessage(undefined);
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        done(result.data);
        router.refresh();
      } else {
        setError(result.formError ?? Object.values(result.fieldErrors)[0] ?? 'That did not work.');
      }
    });
  }

  return (
    <section aria-labelledby="account-heading">
      <h2 className="govuk-heading-m" id="account-heading">
        Account
      </h2>
      <ErrorSummary errors={error ? [{ href: '#account-heading', text: error }] : []} />
      {message ? (
        <NotificationBanner type="success" title="Done">
          <p className="govuk-body">{message}</p>
        </NotificationBanner>
      ) : null}
      {link ? <SetupLinkPanel name={name} {...link} /> : null}
      <div className="govuk-button-group">
        {active && !isSelf ? (
          <Button
            type="button"
            variant="warning"
            disabled={pending}
            onClick={() =>
              run(
                () => disableUserAction({ userId }),
                (d) => setMessage(`${name} is disabled. ${sessionsEndedText(d.sessionsEnded)}`),
              )
            }
          >
            Disable account
          </Button>
        ) : null}
        {!active ? (
          <Button type="button" variant="secondary" disabled={pending} onClick={() => run(() => enableUserAction({ userId }), () => setMessage(`${name} can sign in again.`))}>
            Re-enable account
          </Button>
        ) : null}
        {active && mfaEnrolled && !isSelf ? (
          <Button
            type="button"
            variant="warning"
            disabled={pending}
            onClick={() =>
              run(
                () => resetMfaAction({ userId }),
                (d) => setMessage(`${name} sets up their authenticator app again at their next sign-in. ${sessionsEndedText(d.sessionsEnded)}`),
              )
            }
          >
            Reset authenticator app
          </Button>
        ) : null}
        {active ? (
          <Button type="button" variant="secondary" disabled={pending} onClick={() => run(() => issueSetupLinkAction({ userId }), (d) => setLink(d))}>
            Create a new set-up link
          </Button>
        ) : null}
      </div>
      {active ? (
        <p className="govuk-body govuk-hint">
          A new set-up link lets the user choose a new password. Any earlier link stops working. Reset the authenticator app when a user has lost
          the phone it was on: their sessions end, and they set it up again at their next sign-in.
        </p>
      ) : null}
    </section>
  );
}

/** "2 active sessions were ended." */
function sessionsEndedText(n: number): string {
  return `${n} active session${n === 1 ? ' was' : 's were'} ended.`;
}
