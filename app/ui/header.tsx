import type { ComponentPropsWithRef, ReactNode } from "react";
import { Link } from './link';
import { cx } from "./class-names";

export type HeaderUser = { name: string; agency?: string; role?: string };

export type AppHeaderProps = {
  /** Where the product name links to; default "/". */
  homeHref?: string;
  productName?: string;
  user?: HeaderUser;
  /** The sign-out control, e.g. `<form action={signOut}><SignOutButton /></form>`. */
  signOut?: ReactNode;
  /** Protective marking bar at the top of the header; default "OFFICIAL-SENSITIVE", `null` for none. */
  marking?: ReactNode;
};

/** Our own header (no crown, no GOV.UK logo): product name, signed-in user and a sign-out control. */
export function AppHeader({
  homeHref = "/",
  productName = "Marac Hub",
  user,
  signOut,
  marking = "OFFICIAL-SENSITIVE",
}: AppHeaderProps) {
  return (
    <header className="app-header">
      {marking != null ? <ProtectiveMarking>{marking}</ProtectiveMarking> : null}
      <div className="app-header__container">
        <Link href={homeHref} className="app-header__product">
          {productName}
        </Link>
        {user || signOut ? (
          <div className="app-header__account">
            {user ? (
              <p className="app-header__user">
                <span className="app-header__user-name">{user.name}</span>
                {user.agency || user.role ? (
                  <span className="app-header__user-meta">{[user.agency, user.role].filter(Boolean).join(", ")}</span>
                ) : null}
              </p>
            ) : null}
            {signOut}
          </div>
        ) : null}
      </div>
    </header>
  );
}

/** A link-like button for the header; `type` defaults to "submit" (for a sign-out form). */
export function SignOutButton({ type = "submit", className, children = "Sign out", ...rest }: ComponentPropsWithRef<"button">) {
  return (
    <button type={type} className={cx("app-header__sign-out", className)} {...rest}>
      {children}
    </button>
  );
}

/** Full-width protective marking bar, "OFFICIAL-SENSITIVE" by default. AppHeader already shows one; use this
 * inside a landmark (e.g. `<footer>`) to repeat it at the foot of the page. */
export function ProtectiveMarking({ children = "OFFICIAL-SENSITIVE" }: { children?: ReactNode }) {
  return <div className="app-protective-marking">{children}</div>;
}

/** GOV.UK skip link; put it first in `<body>` and give `<main>` the matching id. */
export function SkipLink({ href = "#main-content", children = "Skip to main content" }: { href?: string; children?: ReactNode }) {
  return (
    <a href={href} className="govuk-skip-link" data-module="govuk-skip-link">
      {children}
    </a>
  );
}

export type NavigationItem = { href: string; label: ReactNode; current?: boolean };

/** MOJ primary navigation; mark the current section with `current`. */
export function PrimaryNavigation({ items, label = "Primary navigation" }: { items: NavigationItem[]; label?: string }) {
  return (
    <div className="moj-primary-navigation">
      <div className="moj-primary-navigation__container">
        <div className="moj-primary-navigation__nav">
          <nav className="moj-primary-navigation" aria-label={label}>
            <ul className="moj-primary-navigation__list">
              {items.map((item) => (
                <li className="moj-primary-navigation__item" key={item.href}>
                  <Link className="moj-primary-navigation__link" href={item.href} aria-current={item.current ? "page" : undefined}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}
