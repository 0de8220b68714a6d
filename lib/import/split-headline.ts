/**
 * Splits a heading into the headline and its deck (副题). The export separates them by
 * spaces: the first segment is the headline, the rest (kept with single spaces) the deck.
 */
export function splitHeadline(heading: string): { headline: string; subtitle: string } {
  const [headline, ...deck] = heading.trim().split(/[ \t\u3000]+/);
  return { headline, subtitle: deck.join(" ") };
}
