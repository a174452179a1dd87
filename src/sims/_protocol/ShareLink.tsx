/**
 * "Copy link": builds the address that opens this slide with this
 * simulator's current settings, copies it, and shows it in a field as well
 * (for machines without clipboard access). On stage it opens as a small
 * popover above the caption; in explore it sits in the panel's header.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { t as translate, useLang } from '../../i18n/index.ts';
import { encodePlacement } from './defineSim.tsx';
import { shareUrl } from './shareLink.ts';

export function ShareLink({ placement, slide, compact }: { readonly placement: string; readonly slide: Element | null; readonly compact?: boolean }) {
  const lang = useLang();
  const fieldId = useId();
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState<'copied' | 'failed' | null>(null);

  const share = () => {
    const state = encodePlacement(placement) ?? '1';
    const next = shareUrl(window.location.href, { placement, state, slideId: slide?.id || null, lang });
    setUrl(next);
    setStatus(null);
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard) {
      setStatus('failed');
      return;
    }
    clipboard.writeText(next).then(() => setStatus('copied'), () => setStatus('failed'));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && url !== null) {
      e.stopPropagation();
      setUrl(null);
    }
  };

  return (
    <span className={compact ? 'sim-share sim-share-compact' : 'sim-share'} onKeyDown={onKeyDown}>
      <button type="button" className="sim-share-button ui-action" data-action="sim-share" title={translate('share.title', undefined, lang)} onClick={share}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
        <span>{translate('share.copy', undefined, lang)}</span>
      </button>
      {url !== null && (
        <span className="sim-share-popover" role="group" aria-label={translate('share.field', undefined, lang)}>
          <label htmlFor={fieldId} className="sim-share-label">{translate('share.field', undefined, lang)}</label>
          <input id={fieldId} className="sim-share-field" readOnly value={url} data-share-url="" onFocus={(e) => e.currentTarget.select()} autoFocus />
          {status !== null && (
            <span className="sim-share-status" role="status">{translate(status === 'copied' ? 'share.copied' : 'share.copyFailed', undefined, lang)}</span>
          )}
          <button type="button" className="sim-share-close ui-action" aria-label={translate('help.close', undefined, lang)} onClick={() => setUrl(null)}>×</button>
        </span>
      )}
    </span>
  );
}
