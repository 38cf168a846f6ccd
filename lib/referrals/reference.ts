/**
 * A referral's short reference, for people to quote to each other: "R-3F2A9C1D", the start of its id.
 * The screening queue and the agency's referrals find a referral by it.
 */
export function referralReference(id: string): string {
  return `R-${id.slice(0, 8).toUpperCase()}`;
}

/** The start of the id a typed reference names ("R-3F2A9C1D", "r3f2a9c1d"), or null if it is not one. */
export function idPrefixOfReference(text: string): string | null {
  const m = /^R-?([0-9a-f]{8})$/i.exec(text.trim());
  return m ? m[1].toLowerCase() : null;
}
