import { t, useT } from '../../i18n/index.ts';

/**
 * The start screen while the slide text loads: the same screen index.html
 * paints before any script runs (same class, same words), so React's first
 * render changes nothing on screen and nothing shifts. A status line appears
 * below the title if loading takes a while, or says so if it failed.
 */
export function BootScreen({ failed }: { readonly failed: boolean }) {
  const tr = useT();
  return (
    <div className="boot">
      <h1 lang="zh-CN">{t('deck.title', undefined, 'zh')}</h1>
      <p lang="en">{t('deck.title', undefined, 'en')}</p>
      <p className="deck-loading" role={failed ? 'alert' : 'status'}>{tr(failed ? 'deck.loadFailed' : 'deck.loading')}</p>
    </div>
  );
}
