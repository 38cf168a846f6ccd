import { useId, type ReactNode } from "react";
import { cx } from "./class-names";

export type NotificationBannerProps = {
  type?: "success" | "important";
  /** Defaults to "Success" or "Important". */
  title?: ReactNode;
  titleHeadingLevel?: 2 | 3 | 4;
  /** A string becomes the banner's heading paragraph; other content is rendered as given. */
  children: ReactNode;
};

/** GOV.UK notification banner. Success banners get role="alert", others role="region". */
export function NotificationBanner({ type = "important", title, titleHeadingLevel = 2, children }: NotificationBannerProps) {
  const titleId = `${useId()}-title`;
  const success = type === "success";
  const Heading = `h${titleHeadingLevel}` as const;
  return (
    <div
      className={cx("govuk-notification-banner", success && "govuk-notification-banner--success")}
      role={success ? "alert" : "region"}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <Heading className="govuk-notification-banner__title" id={titleId}>
          {title ?? (success ? "Success" : "Important")}
        </Heading>
      </div>
      <div className="govuk-notification-banner__content">
        {typeof children === "string" ? <p className="govuk-notification-banner__heading">{children}</p> : children}
      </div>
    </div>
  );
}
