import { create } from 'zustand';

interface SourcesPage {
  /** The sources page is shown over the journey's current step, which stays as it was underneath. */
  readonly open: boolean;
  /** The fact whose entry the page opens at, when it was opened from that fact's note. */
  readonly fact: string | null;
}

/** Whether the sources page is shown; the address follows it (app/sync-history.ts) and can set it. */
export const useSourcesPage = create<SourcesPage>()(() => ({ open: false, fact: null }));

/** Shows the page, at this fact's entry (or at its top). */
export function openSourcesPage(fact: string | null = null): void {
  useSourcesPage.setState({ open: true, fact });
}

/** Back to the step underneath. */
export function closeSourcesPage(): void {
  useSourcesPage.setState({ open: false, fact: null });
}
