/** Where the person is on a ladder of fixes: trying one, fixed by one, or past the last. */
export type LadderPosition =
  | { readonly kind: 'trying'; readonly step: string; readonly index: number }
  | { readonly kind: 'fixed'; readonly step: string }
  | { readonly kind: 'exhausted' };

/**
 * The position follows from what is saved: a fix that worked (while the ladder still lists it), else
 * the first fix not yet tried, else past the last. Pure, so a reload, a link or another language
 * lands on the same fix.
 */
export function ladderPosition(ladder: readonly string[], tried: readonly string[], fixedBy: string | null): LadderPosition {
  if (fixedBy !== null && ladder.includes(fixedBy)) return { kind: 'fixed', step: fixedBy };
  const index = ladder.findIndex((step) => !tried.includes(step));
  return index === -1 ? { kind: 'exhausted' } : { kind: 'trying', step: ladder[index], index };
}

/** The fixes tried so far, in ladder order. */
export function triedFixes(ladder: readonly string[], tried: readonly string[]): string[] {
  return ladder.filter((step) => tried.includes(step));
}
