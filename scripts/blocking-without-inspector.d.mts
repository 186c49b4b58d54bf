export interface Blocking {
  readonly blockingMs: number;
  readonly longestTaskMs: number;
}
export function blockingAfterFirstPaint(events: readonly object[]): Blocking;
export function loadWithoutInspector(chromiumPath: string, flags: readonly string[], url: string): Promise<Blocking>;
