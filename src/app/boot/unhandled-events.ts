/**
 * Events nothing in the app listens for, which a tap or a click fires many of: pointer movement and
 * boundaries (again when a step's new screen appears under the finger or the mouse), presses and
 * releases, and focus moving. React's listener on its root looks at each one, walking the component
 * tree for handlers (and, for over and out, for enter and leave targets): 1 to 5 ms each at 4x CPU,
 * most of it between a Continue and the next paint (measured: ADR 0010). The lint config forbids
 * handlers for them, since they would never run.
 */
export const UNHANDLED_EVENTS = [
  'mouseover',
  'mouseout',
  'mousemove',
  'mousedown',
  'mouseup',
  'pointerover',
  'pointerout',
  'pointermove',
  'pointerdown',
  'pointerup',
  'focusin',
  'focusout',
] as const;

/**
 * Stops those events at the window, before they reach the page. What the browser does for them still
 * happens: `:hover` and `:active` styles, focus, text selection, and the click that follows.
 */
export function stopUnhandledEvents(target: Window = window): void {
  for (const type of UNHANDLED_EVENTS) {
    target.addEventListener(type, (event) => event.stopPropagation(), { capture: true });
  }
}
