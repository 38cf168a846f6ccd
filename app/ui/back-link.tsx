import type { ReactNode } from "react";
import { Link } from './link';

export function BackLink({ href, children = "Back" }: { href: string; children?: ReactNode }) {
  return (
    <Link href={href} className="govuk-back-link">
      {children}
    </Link>
  );
}
