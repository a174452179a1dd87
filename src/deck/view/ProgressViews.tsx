/**
 * The reader's progress on the deck: a "continue where you left off" button
 * on the title slide, and per-section progress beside each entry of the
 * contents slide (slides visited, predictions answered, exercises solved).
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from 'zustand';
import { t as translate, useLang } from '../../i18n/index.ts';
import { placementKey } from '../../sims/_protocol/defineSim.tsx';
import { predictAnswers } from '../../sims/_protocol/predictAnswers.ts';
import { slideActivityStore } from '../../sims/_protocol/slideActivity.ts';
import { exerciseProgress } from '../../state/exerciseProgress.ts';
import type { DeckContent } from '../content/types.ts';
import { progressStore } from '../progress/progressStore.ts';
import { sectionProgress } from '../progress/sectionProgress.ts';
import { getDeck } from '../reveal/deckHandle.ts';

function useCurrentSlide(): Element | null {
  return useSyncExternalStore(slideActivityStore.subscribe, () => slideActivityStore.getState().current, () => null);
}

/** On the title slide: go back to the last slide the reader saw. */
export function ResumeButton() {
  const lang = useLang();
  const current = useCurrentSlide();
  const last = useStore(progressStore, (p) => p.last);
  if (!current || current.id !== 'title' || !last) return null;
  const target = document.getElementById(last);
  if (!target || !target.closest('.reveal .slides')) return null;
  const heading = target.querySelector('h1, h2')?.textContent?.trim() ?? last;
  const go = () => {
    const deck = getDeck();
    if (!deck) return;
    const { h, v } = deck.getIndices(target as HTMLElement);
    deck.slide(h, v);
  };
  return (
    <button type="button" className="deck-resume" data-action="resume" onClick={go}>
      <span className="deck-resume-key">{translate('progress.resume', undefined, lang)}</span>
      <span className="deck-resume-where">{heading}</span>
    </button>
  );
}

/** Beside each entry of the contents slide: how far the reader has come in that section. */
export function ContentsProgress({ content }: { readonly content: DeckContent }) {
  const lang = useLang();
  const visited = useStore(progressStore, (p) => p.visited);
  const answers = useStore(predictAnswers);
  const exercises = useStore(exerciseProgress);
  const [anchors, setAnchors] = useState<ReadonlyMap<string, Element>>(new Map());

  useEffect(() => {
    const found = new Map<string, Element>();
    for (const a of document.querySelectorAll('.reveal section#contents a[href^="#/"]')) {
      const id = a.getAttribute('href')?.slice(2) ?? '';
      const li = a.closest('li');
      if (id && li) found.set(id, li);
    }
    setAnchors(found);
  }, [content]);

  const rows = sectionProgress(content, placementKey, {
    visited,
    answered: new Set(Object.keys(answers)),
    exercises: exercises.solvedBySection,
  });
  return (
    <>
      {rows.map((row) => {
        const li = anchors.get(row.section);
        if (!li) return null;
        const parts = [translate('progress.slides', { visited: row.visited, total: row.slides }, lang)];
        if (row.answered > 0) parts.push(translate('progress.answered', { n: row.answered }, lang));
        if (row.exercises > 0) parts.push(translate('progress.exercises', { n: row.exercises }, lang));
        const done = row.visited === row.slides;
        return createPortal(
          <span className={done ? 'deck-toc-progress deck-toc-done' : 'deck-toc-progress'} data-progress={row.section}>
            {done ? '✓ ' : ''}{parts.join(' · ')}
          </span>,
          li,
          `progress-${row.section}`,
        );
      })}
    </>
  );
}
