import { describe, expect, it, vi } from 'vitest';
import { stopUnhandledEvents, UNHANDLED_EVENTS } from '../../src/app/boot/unhandled-events';

describe('stopUnhandledEvents', () => {
  stopUnhandledEvents(window);
  const button = document.body.appendChild(document.createElement('button'));

  it.each(UNHANDLED_EVENTS)('keeps %s from reaching the page', (type) => {
    const onPage = vi.fn();
    const onTarget = vi.fn();
    document.body.addEventListener(type, onPage);
    button.addEventListener(type, onTarget);
    button.dispatchEvent(new Event(type, { bubbles: true }));
    expect(onPage).not.toHaveBeenCalled();
    expect(onTarget).not.toHaveBeenCalled();
  });

  it.each(['click', 'input', 'change', 'submit', 'keydown', 'keyup', 'focus', 'blur'])('lets %s through', (type) => {
    const onPage = vi.fn();
    document.body.addEventListener(type, onPage, { capture: true });
    button.dispatchEvent(new Event(type, { bubbles: true }));
    expect(onPage).toHaveBeenCalledOnce();
  });

  it('still moves focus', () => {
    button.focus();
    expect(document.activeElement).toBe(button);
  });
});
