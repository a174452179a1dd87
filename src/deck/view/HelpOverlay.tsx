import { useEffect, useRef } from 'react';
import { useT, type StringKey } from '../../i18n/index.ts';
import { closeHelp, useHelpOpen } from '../controllers/helpOverlay.ts';

const SHORTCUTS: ReadonlyArray<readonly [keys: string, action: StringKey]> = [
  ['PageDown  →  ↓  Space  N', 'help.next'],
  ['PageUp  ←  ↑  Shift+Space  P', 'help.prev'],
  ['Home  End', 'help.firstLast'],
  ['O  Esc', 'help.overview'],
  ['F', 'help.fullscreen'],
  ['S', 'help.speaker'],
  ['B  .', 'help.blackout'],
  ['Z', 'help.explore'],
  ['/', 'help.search'],
  ['?', 'help.help'],
  ['Esc', 'help.closeOverlay'],
];

/** The deck's help overlay, in the current language (replaces reveal.js' English one). */
export function HelpOverlay() {
  const open = useHelpOpen();
  const t = useT();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        closeHelp();
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      previous?.focus();
    };
  }, [open]);

  if (!open) return null;
  return (
    <div className="deck-overlay-backdrop" onClick={closeHelp}>
      <div
        className="deck-help"
        role="dialog"
        aria-modal="true"
        aria-labelledby="deck-help-title"
        data-overlay="help"
        onClick={(event) => event.stopPropagation()}
      >
        <h2 id="deck-help-title">{t('help.title')}</h2>
        <table>
          <thead>
            <tr><th scope="col">{t('help.key')}</th><th scope="col">{t('help.action')}</th></tr>
          </thead>
          <tbody>
            {SHORTCUTS.map(([keys, action]) => (
              <tr key={action}><td><kbd>{keys}</kbd></td><td>{t(action)}</td></tr>
            ))}
          </tbody>
        </table>
        <p>{t('help.simNote')}</p>
        <p>{t('help.pdfNote')}</p>
        <button ref={closeRef} type="button" className="deck-help-close" onClick={closeHelp}>{t('help.close')}</button>
      </div>
    </div>
  );
}
