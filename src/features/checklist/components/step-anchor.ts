/** The id of a step's item in the checklist, for links to it. */
export const stepAnchor = (step: string): string => `step-${step}`;

/** Space between the progress bar and the step the view moves to. */
const GAP_PX = 8;

/**
 * Moves the view to a step so that it starts below the progress bar that stays at the top. The bar's
 * height is measured, not assumed: a long next-step title wraps, more often in Urdu.
 */
export function scrollToStep(step: string): void {
  const item = document.getElementById(stepAnchor(step));
  if (!item) return;
  const bar = document.querySelector('.checklist-progress')?.getBoundingClientRect().height ?? 0;
  window.scrollTo({ top: item.getBoundingClientRect().top + window.scrollY - bar - GAP_PX });
}
