/**
 * Pointer movement and boundary events (over, out, move) that nothing in the app listens for.
 * A tap fires several of them, and again when a step's new screen appears under the finger or the
 * mouse; React's listener on its root looks at each one, working out enter and leave targets through
 * the component tree: 1 to 5 ms each at 4x CPU, most of it between a Continue and the next paint
 * (step transition at 4x: 56 to 48 ms median, measured). The lint config forbids handlers for them.
 */
export const UNHANDLED_POINTER_EVENTS = [
  'mouseover',
  'mouseout',
  'mousemove',
  'pointerover',
  'pointerout',
  'pointermove',
] as const;

/** Stops those events at the window, before they reach the page. `:hover` styles are not events and still apply. */
export function stopUnhandledPointerEvents(target: Window = window): void {
  for (const type of UNHANDLED_POINTER_EVENTS) {
    target.addEventListener(type, (event) => event.stopPropagation(), { capture: true });
  }
}
