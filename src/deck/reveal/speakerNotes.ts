import type { RevealApi } from 'reveal.js';
import { getLang, subscribeLang } from '../../i18n/index.ts';
import { localizeSpeakerWindow } from './speakerWindow.ts';

interface NotesPlugin {
  open(): void;
}

let loading: Promise<NotesPlugin> | null = null;

/**
 * reveal.js' notes plugin (speaker view), loaded after the first paint:
 * it carries its own copy of marked and the speaker-view page, which the
 * audience's first slide does not need. Registering it late is supported
 * by reveal.js (the plugin's init runs at once).
 */
export function loadSpeakerNotes(deck: RevealApi): Promise<NotesPlugin> {
  loading ??= import('reveal.js/plugin/notes').then(({ default: Notes }) => {
    if (!deck.hasPlugin('notes')) {
      deck.registerPlugin(Notes());
      // The plugin binds S to its own open(); S must go through openSpeakerView
      // so the window is shown in the deck's language.
      deck.removeKeyBinding(83);
      deck.addKeyBinding({ keyCode: 83, key: 'S', description: 'Speaker view' }, () => openSpeakerView(deck));
    }
    return deck.getPlugin('notes') as unknown as NotesPlugin;
  });
  return loading;
}

/** True inside the speaker view's own slide previews (`?receiver`), which must never open another one. */
export function isSpeakerPreview(search: string = window.location.search): boolean {
  return /(?:^|[?&])receiver(?:[=&]|$)/i.test(search);
}

let speaker: { popup: Window; stop: () => void } | null = null;

/** Opens the plugin's window, catching it on the way, so it can be shown in the deck's language. */
function openAndCatch(notes: NotesPlugin): Window | null {
  const original = window.open;
  let popup: Window | null = null;
  window.open = ((...args: Parameters<typeof window.open>) => {
    popup = original.apply(window, args);
    return popup;
  }) as typeof window.open;
  try {
    notes.open();
  } finally {
    window.open = original;
  }
  return popup;
}

function localize(): void {
  if (!speaker || speaker.popup.closed) return;
  speaker.stop();
  speaker.stop = localizeSpeakerWindow(speaker.popup, getLang());
}

let followingLang = false;

export function openSpeakerView(deck: RevealApi | null): void {
  if (!deck || isSpeakerPreview()) return;
  loadSpeakerNotes(deck).then(
    (notes) => {
      const popup = openAndCatch(notes);
      if (!popup) return;
      speaker?.stop();
      speaker = { popup, stop: () => undefined };
      localize();
      if (!followingLang) {
        followingLang = true;
        subscribeLang(localize);
      }
    },
    (error: unknown) => console.error('speaker view failed to load', error),
  );
}

/** Loads the plugin when the browser is idle, so S and reconnecting speaker windows work soon after load. */
export function preloadSpeakerNotes(deck: RevealApi): void {
  const load = () => void loadSpeakerNotes(deck).catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 3000 });
  else setTimeout(load, 1500);
}
