import { Suspense, lazy, startTransition, useEffect, useRef, useState } from 'react';
import { followLangInOtherWindows, t, useLang, type Lang } from '../i18n/index.ts';
import { loadContent, loadFullContent, loadNotes } from './content/loadContent.ts';
import type { DeckNotes } from './content/notes.ts';
import { structureSignature } from './content/structure.ts';
import type { DeckContent } from './content/types.ts';
import { bindHelpKeys } from './controllers/helpKeys.ts';
import { bindPointerIdle } from './controllers/pointerIdle.ts';
import { isPrintView } from './controllers/print.ts';
import { isReadingView } from './controllers/reading.ts';
import { getDeck, whenDeckReady } from './reveal/deckHandle.ts';
import { setSlideActivity } from '../sims/_protocol/slideActivity.ts';
import { checkSharedPlacement, readShareLink } from '../sims/_protocol/shareLink.ts';
import { placementKey } from '../sims/_protocol/defineSim.tsx';
import { isSpeakerPreview } from './reveal/speakerNotes.ts';
import type { DeckIndices } from './reveal/useRevealDeck.ts';
import { BootScreen } from './view/BootScreen.tsx';
import { Deck } from './view/Deck.tsx';
import { HelpOverlay } from './view/HelpOverlay.tsx';
import { NoticeArea } from './view/NoticeArea.tsx';
import { useSearchOpen } from './controllers/searchOverlay.ts';
import { ContentsProgress, ResumeButton } from './view/ProgressViews.tsx';
import { reportCorrupt, setPlacementSections } from '../state/corruptState.ts';
import { progressWasCorrupt } from './progress/progressStore.ts';
import { STRINGS } from '../i18n/strings.ts';
import { Toolbar } from './view/Toolbar.tsx';

// Loaded when needed, not with the first slide: reading mode, and the search dialog (opened with / or the toolbar).
const ReadingView = lazy(() => import('./view/ReadingView.tsx').then((m) => ({ default: m.ReadingView })));
const SearchDialog = lazy(() => import('./view/SearchOverlay.tsx').then((m) => ({ default: m.SearchDialog })));

function SearchOverlay() {
  return useSearchOpen() ? <Suspense fallback={null}><SearchDialog /></Suspense> : null;
}

interface Shown {
  readonly content: DeckContent;
  readonly lang: Lang;
  readonly restore: DeckIndices | null;
}

const print = isPrintView(window.location.search);
const reading = !print && isReadingView(window.location.search);
// Until reveal.js (or the reading page) reports what is shown, no simulator counts as near.
if (!print) setSlideActivity({ mode: 'starting', current: null, near: new Set() });
// The speaker view's slide previews need no toolbar.
const receiver = isSpeakerPreview();
// A share link's settings wait for their simulator's placement (see shareLink.ts).
if (!print && !receiver) readShareLink(window.location.search);

/** Every placement the slides make (`name` or `name:view`), with the section it is on. */
function placementSections(content: DeckContent): Map<string, string> {
  const map = new Map<string, string>();
  for (const section of content.sections) {
    for (const slide of section.slides) {
      for (const b of slide.blocks) if (b.kind === 'sim') map.set(placementKey(b.name, b.preset.view ?? 'default'), section.id);
    }
  }
  return map;
}

// Reading mode and the PDF show the notes with the slides; the deck shows its first slide without waiting for them.
const load = print || reading ? loadFullContent : loadContent;

/** The speaker notes for the deck shown in `lang`, once they have arrived (after the first paint). */
function useDeckNotes(lang: Lang | null): DeckNotes | null {
  const [notes, setNotes] = useState<{ readonly lang: Lang; readonly notes: DeckNotes } | null>(null);
  useEffect(() => {
    if (lang === null || print || reading) return undefined;
    let cancelled = false;
    whenDeckReady().then(() => loadNotes(lang)).then(
      (n) => {
        // A transition: setting 69 slides' data-notes never holds up a clicker press or a control change.
        if (!cancelled) startTransition(() => setNotes({ lang, notes: n }));
      },
      (error: unknown) => console.error('speaker notes failed to load', error),
    );
    return () => {
      cancelled = true;
    };
  }, [lang]);
  return notes !== null && notes.lang === lang ? notes.notes : null;
}

if (progressWasCorrupt && !print && !receiver) reportCorrupt('progress', STRINGS['progress.title']);

function reloadIn(lang: Lang): void {
  const url = new URL(window.location.href);
  url.searchParams.set('lang', lang);
  window.location.replace(url.toString());
}

/** The whole page: deck, toolbar, help overlay, notices. */
export function App() {
  const lang = useLang();
  const [shown, setShown] = useState<Shown | null>(null);
  const [failed, setFailed] = useState(false);
  const shownRef = useRef<Shown | null>(null);

  useEffect(() => {
    document.title = t('deck.title', undefined, lang);
    let cancelled = false;
    load(lang).then(
      (content) => {
        if (cancelled) return;
        const previous = shownRef.current;
        let next: Shown;
        if (!previous) {
          next = { content, lang, restore: null };
        } else {
          // Swap the text in place only when both languages have the same
          // structure (and not in the PDF layout, which reveal.js rebuilt).
          const deck = getDeck();
          if (print || !deck?.isReady() || structureSignature(previous.content) !== structureSignature(content)) {
            reloadIn(lang);
            return;
          }
          next = { content, lang, restore: deck.getIndices() };
        }
        shownRef.current = next;
        setShown(next);
        const sections = placementSections(content);
        checkSharedPlacement(new Set(sections.keys()));
        setPlacementSections(sections);
      },
      (error: unknown) => {
        console.error('lecture content failed to load', error);
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [lang]);

  const notes = useDeckNotes(shown?.lang ?? null);

  useEffect(() => bindHelpKeys(), []);
  useEffect(() => (print ? undefined : bindPointerIdle()), []);
  useEffect(() => (print ? undefined : followLangInOtherWindows()), []);

  return (
    <>
      {shown && reading ? <Suspense fallback={null}><ReadingView content={shown.content} /></Suspense> : null}
      {shown && !reading ? (
        <Deck content={shown.content} notes={notes} print={print} restore={shown.restore} />
      ) : null}
      {shown && !reading && !print && !receiver ? <><ResumeButton /><ContentsProgress content={shown.content} /></> : null}
      {shown ? null : <BootScreen failed={failed} />}
      {print || receiver || reading ? null : <Toolbar />}
      <HelpOverlay />
      <SearchOverlay />
      <NoticeArea />
    </>
  );
}
