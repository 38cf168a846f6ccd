import type { ComponentPropsWithRef } from "react";
import { Link } from './link';
import { cx } from "./class-names";

export type ButtonVariant = "primary" | "secondary" | "warning";

const variantClass: Record<ButtonVariant, string | undefined> = {
  primary: undefined,
  secondary: "govuk-button--secondary",
  warning: "govuk-button--warning",
};

export type ButtonProps = ComponentPropsWithRef<"button"> & {
  variant?: ButtonVariant;
};

/** GOV.UK button. `type` defaults to "submit". */
export function Button({ variant = "primary", type = "submit", className, disabled, ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={cx("govuk-button", variantClass[variant], className)}
      data-module="govuk-button"
      disabled={disabled}
      aria-disabled={disabled ? true : undefined}
      {...rest}
    />
  );
}

export type ButtonLinkProps = Omit<ComponentPropsWithRef<"a">, "href"> & {
  href: string;
  variant?: ButtonVariant;
};

/** A link that looks like a button (GOV.UK: `<a role="button" class="govuk-button">`). */
export function ButtonLink({ href, variant = "primary", className, ...rest }: ButtonLinkProps) {
  return (
    <Link
      href={href}
      role="button"
      draggable={false}
      className={cx("govuk-button", variantClass[variant], className)}
      data-module="govuk-button"
      {...rest}
    />
  );
}
