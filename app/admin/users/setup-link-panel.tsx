import { formatDateTime } from '../../_lib/format';
import { NotificationBanner } from '../../ui/notification-banner';

/** Shows a new set-up link once. It is not stored anywhere it could be shown again. */
export function SetupLinkPanel({ name, setupLink, expiresAt }: { name: string; setupLink: string; expiresAt: string }) {
  return (
    <NotificationBanner type="success" title="Set-up link created">
      <p className="govuk-body">
        Send this link to {name} by a secure route (for example your organisation&rsquo;s secure email). It works once, until{' '}
        {formatDateTime(expiresAt)}. It will not be shown again.
      </p>
      <label className="govuk-label" htmlFor="setup-link">
        Set-up link
      </label>
      <input id="setup-link" className="govuk-input" readOnly value={setupLink} onFocus={(e) => e.currentTarget.select()} />
    </NotificationBanner>
  );
}
