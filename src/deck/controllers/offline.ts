/**
 * Offline and install: registers the service worker vite-plugin-pwa builds
 * (Workbox precaches every asset). When a new version is waiting, a notice
 * offers it; the page reloads only when the reader presses Update, never in
 * the middle of a lecture. Not in development or where service workers are
 * unavailable.
 */
import { both } from '../../i18n/index.ts';
import { pushNotice } from '../../state/notices.ts';

/** How long "the lecture is cached" stays on screen. */
const OFFLINE_READY_MS = 6000;

export async function registerOffline(): Promise<void> {
  if (import.meta.env.DEV || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      pushNotice(both('offline.updateReady'), { label: both('offline.update'), run: () => void update(true) });
    },
    onOfflineReady() {
      // Good news the reader needs once: it goes after a few seconds instead of covering the slide.
      pushNotice(both('offline.ready'), undefined, OFFLINE_READY_MS);
    },
  });
}
