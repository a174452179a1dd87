import type { RevealApi } from 'reveal.js';

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
    if (!deck.hasPlugin('notes')) deck.registerPlugin(Notes());
    return deck.getPlugin('notes') as unknown as NotesPlugin;
  });
  return loading;
}

/** True inside the speaker view's own slide previews (`?receiver`), which must never open another one. */
export function isSpeakerPreview(search: string = window.location.search): boolean {
  return /(?:^|[?&])receiver(?:[=&]|$)/i.test(search);
}

export function openSpeakerView(deck: RevealApi | null): void {
  if (!deck || isSpeakerPreview()) return;
  loadSpeakerNotes(deck).then(
    (notes) => notes.open(),
    (error: unknown) => console.error('speaker view failed to load', error),
  );
}

/** Loads the plugin when the browser is idle, so S and reconnecting speaker windows work soon after load. */
export function preloadSpeakerNotes(deck: RevealApi): void {
  const load = () => void loadSpeakerNotes(deck).catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 3000 });
  else setTimeout(load, 1500);
}
