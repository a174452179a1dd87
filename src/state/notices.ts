import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Bilingual } from '../i18n/index.ts';

/** A short message for the deck's notice area, written in both languages. */
export interface DeckNotice {
  readonly id: number;
  /** Notices with a key are updated in place (one summary instead of a stack). */
  readonly key?: string;
  readonly text: Bilingual;
  /** A button beside the text (e.g. "Update" for a new version). */
  readonly action?: NoticeAction;
}

export interface NoticeAction {
  readonly label: Bilingual;
  readonly run: () => void;
}

interface NoticeState {
  readonly notices: readonly DeckNotice[];
}

export const noticeStore = createStore<NoticeState>(() => ({ notices: [] }));

let nextId = 1;

/**
 * Shows a notice; the same text is shown once however often it is pushed.
 * `expiresMs`: an informational notice that goes away by itself (it must not
 * sit over a slide for the rest of a lecture).
 */
export function pushNotice(text: Bilingual, action?: NoticeAction, expiresMs?: number): void {
  const { notices } = noticeStore.getState();
  if (notices.some((n) => n.text.zh === text.zh && n.text.en === text.en)) return;
  const id = nextId++;
  noticeStore.setState({ notices: [...notices, { id, text, ...(action ? { action } : {}) }] });
  if (expiresMs !== undefined) setTimeout(() => dismissNotice(id), expiresMs);
}

/** Shows the notice with this key, or replaces its text if it is showing. */
export function upsertNotice(key: string, text: Bilingual): void {
  const { notices } = noticeStore.getState();
  const existing = notices.find((n) => n.key === key);
  if (existing) noticeStore.setState({ notices: notices.map((n) => (n === existing ? { ...n, text } : n)) });
  else noticeStore.setState({ notices: [...notices, { id: nextId++, key, text }] });
}

export function dismissNotice(id: number): void {
  noticeStore.setState({ notices: noticeStore.getState().notices.filter((n) => n.id !== id) });
}

export function useNotices(): readonly DeckNotice[] {
  return useStore(noticeStore, (s) => s.notices);
}
