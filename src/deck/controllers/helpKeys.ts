import { isSimControlKey } from './keyboardIsolation.ts';
import { toggleHelp } from './helpOverlay.ts';

/** `?` and F1 open the deck's help overlay (reveal.js' own is switched off). */
export function bindHelpKeys(): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key !== '?' && event.key !== 'F1') return;
    if (isSimControlKey(event)) return;
    event.preventDefault();
    toggleHelp();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
