/**
 * Who gets a key: the presenter's clicker or the focused simulator control.
 * Used as reveal.js' `keyboardCondition` (returning false makes reveal
 * ignore the event before it calls preventDefault, so a focused button
 * still gets its Space/Enter click).
 *
 * - PageDown and PageUp (what presentation clickers send) always move the
 *   deck, whatever has focus; reveal.js then cancels the key's default, so a
 *   focused slider or select does not move as well.
 * - B and . (blackout, on many clickers) and Z (explore) go to the deck unless
 *   a text field has focus.
 * - A focused control keeps the arrows, Home/End, Space and Enter; a text
 *   field, select or slider keeps every other key too.
 */

/** Keys presentation clickers send: always the deck's. */
export const CLICKER_KEYS: ReadonlySet<string> = new Set(['PageUp', 'PageDown']);

/** Blackout keys: the deck's unless a text field has focus. */
const BLACKOUT_KEYS: ReadonlySet<string> = new Set(['b', 'B', '.']);

/**
 * The explore key: the deck's unless a text field has focus, so a keyboard
 * user on a slider, select or switch opens the simulator's explore view
 * (a select gives up type-ahead on Z).
 */
export const EXPLORE_KEYS: ReadonlySet<string> = new Set(['z', 'Z']);

/** Keys reveal.js turns into navigation that a focused control uses itself. */
export const ISOLATED_KEYS: ReadonlySet<string> = new Set([
  'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', ' ', 'Spacebar', 'Enter', 'Home', 'End',
]);

const CONTROL_SELECTOR = [
  'input', 'select', 'textarea', 'button', 'a[href]', 'summary', '[contenteditable]', '[tabindex]',
  '[role="slider"]', '[role="button"]', '[role="tab"]', '[role="radio"]', '[role="checkbox"]', '[role="switch"]',
  '[role="spinbutton"]', '[role="combobox"]', '[role="listbox"]', '[role="option"]', '[role="menuitem"]',
  '[role="textbox"]', '[role="radiogroup"]', '[role="tablist"]',
].join(', ');

/** Controls that take typed characters: every key but the clicker's belongs to them. */
const TEXT_ENTRY_SELECTOR = [
  'input:not([type="button"]):not([type="submit"]):not([type="reset"]):not([type="checkbox"]):not([type="radio"]):not([type="range"])',
  'textarea', '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]', '[role="combobox"]', '[role="spinbutton"]',
].join(', ');

/** Controls that use letters and arrows themselves (type-ahead, stepping), but are not text fields. */
const KEYED_CONTROL_SELECTOR = 'select, input[type="range"], [role="slider"], [role="listbox"]';

export interface KeyLike {
  readonly key: string;
  readonly target: EventTarget | null;
}

function focusedElement(event: KeyLike): Element | null {
  if (event.target instanceof Element && event.target !== document.body) return event.target;
  return document.activeElement instanceof Element ? document.activeElement : null;
}

/** True when a text field has focus (anywhere on the page). */
export function isTextEntryFocused(event: KeyLike): boolean {
  return focusedElement(event)?.closest(TEXT_ENTRY_SELECTOR) != null;
}

/** True when the key press belongs to a focused control inside a simulator, not to the deck. */
export function isSimControlKey(event: KeyLike): boolean {
  if (CLICKER_KEYS.has(event.key)) return false;
  const element = focusedElement(event);
  if (!element) return false;
  const control = element.closest(CONTROL_SELECTOR);
  if (!control || !control.closest('.sim, .sim-explore')) return false;
  if (control.matches(TEXT_ENTRY_SELECTOR)) return true;
  if (BLACKOUT_KEYS.has(event.key) || EXPLORE_KEYS.has(event.key)) return false;
  if (control.matches(KEYED_CONTROL_SELECTOR)) return true;
  return ISOLATED_KEYS.has(event.key);
}

/**
 * After the deck moves, a control left focused on a slide that is no longer
 * shown would take the next arrow key; give the keys back to the deck.
 */
export function releaseHiddenFocus(current: Element | null): void {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body) return;
  const slide = active.closest('.reveal .slides section');
  if (slide !== null && current !== null && !current.contains(active)) active.blur();
}
