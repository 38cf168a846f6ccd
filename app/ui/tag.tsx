import type { ReactNode } from "react";
import { cx } from "./class-names";

export type TagColour =
  | "grey"
  | "green"
  | "turquoise"
  | "teal"
  | "blue"
  | "light-blue"
  | "purple"
  | "pink"
  | "magenta"
  | "red"
  | "orange"
  | "yellow";

// GOV.UK Frontend 6 renamed turquoise→teal and pink→magenta, made blue the default and dropped light-blue
// (ours is in globals.scss).
const colourClass: Record<TagColour, string | undefined> = {
  grey: "govuk-tag--grey",
  green: "govuk-tag--green",
  turquoise: "govuk-tag--teal",
  teal: "govuk-tag--teal",
  blue: undefined,
  "light-blue": "app-tag--light-blue",
  purple: "govuk-tag--purple",
  pink: "govuk-tag--magenta",
  magenta: "govuk-tag--magenta",
  red: "govuk-tag--red",
  orange: "govuk-tag--orange",
  yellow: "govuk-tag--yellow",
};

/** GOV.UK tag (blue unless `colour` is given). */
export function Tag({ colour = "blue", className, children }: { colour?: TagColour; className?: string; children: ReactNode }) {
  return <strong className={cx("govuk-tag", colourClass[colour], className)}>{children}</strong>;
}
