/**
 * Keyboard isolation: while a simulator control has focus, the keys that
 * operate it must not also move the deck. Used as reveal.js'
 * `keyboardCondition` (returning false makes reveal ignore the event
 * before it calls preventDefault, so a focused button still gets its
 * Space/Enter click).
 */

/** Keys that reveal.js turns into navigation and controls use themselves. */
export const ISOLATED_KEYS: ReadonlySet<string> = new Set([
  'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', ' ', 'Spacebar', 'Enter',
  'PageUp', 'PageDown', 'Home', 'End',
]);

const CONTROL_SELECTOR = [
  'input', 'select', 'textarea', 'button', 'a[href]', 'summary', '[contenteditable]', '[tabindex]',
  '[role="slider"]', '[role="button"]', '[role="tab"]', '[role="radio"]', '[role="checkbox"]', '[role="switch"]',
  '[role="spinbutton"]', '[role="combobox"]', '[role="listbox"]', '[role="option"]', '[role="menuitem"]',
  '[role="textbox"]', '[role="radiogroup"]', '[role="tablist"]',
].join(', ');

// Controls that take typed characters: every key belongs to them (typing
// "b" into a field must not black the screen out).
const TEXT_ENTRY_SELECTOR = [
  'input:not([type="button"]):not([type="submit"]):not([type="reset"]):not([type="checkbox"]):not([type="radio"])',
  'select', 'textarea', '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]', '[role="combobox"]', '[role="spinbutton"]', '[role="listbox"]',
].join(', ');

export interface KeyLike {
  readonly key: string;
  readonly target: EventTarget | null;
}

function focusedElement(event: KeyLike): Element | null {
  if (event.target instanceof Element && event.target !== document.body) return event.target;
  return document.activeElement instanceof Element ? document.activeElement : null;
}

/** True when the key press belongs to a focused control inside a `.sim`. */
export function isSimControlKey(event: KeyLike): boolean {
  const element = focusedElement(event);
  if (!element) return false;
  const control = element.closest(CONTROL_SELECTOR);
  if (!control || !control.closest('.sim')) return false;
  if (control.matches(TEXT_ENTRY_SELECTOR)) return true;
  return ISOLATED_KEYS.has(event.key);
}
