import { describe, expect, it, vi } from 'vitest';
import { stopUnhandledPointerEvents, UNHANDLED_POINTER_EVENTS } from '../../src/app/boot/pointer-boundary-events';

describe('stopUnhandledPointerEvents', () => {
  stopUnhandledPointerEvents(window);
  const button = document.body.appendChild(document.createElement('button'));

  it.each(UNHANDLED_POINTER_EVENTS)('keeps %s from reaching the page', (type) => {
    const onPage = vi.fn();
    const onTarget = vi.fn();
    document.body.addEventListener(type, onPage);
    button.addEventListener(type, onTarget);
    const EventType = type.startsWith('pointer') && typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
    button.dispatchEvent(new EventType(type, { bubbles: true }));
    expect(onPage).not.toHaveBeenCalled();
    expect(onTarget).not.toHaveBeenCalled();
  });

  it.each(['click', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'focusin', 'keydown'])('lets %s through', (type) => {
    const onPage = vi.fn();
    document.body.addEventListener(type, onPage);
    button.dispatchEvent(new Event(type, { bubbles: true }));
    expect(onPage).toHaveBeenCalledOnce();
  });
});
