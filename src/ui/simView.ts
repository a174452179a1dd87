/**
 * Which view of a simulator is rendering: the stage (inside the slide, the
 * slide's one point, fits without scrolling) or explore (the whole simulator
 * in a full-window panel). The simulator protocol provides it; the kit's
 * frame and outputs read it. Outside a deck (component tests) it is 'explore',
 * where everything shows.
 */
import { createContext, useContext } from 'react';
import type { Bilingual } from '../i18n/index.ts';

export type SimView = 'stage' | 'explore';

export const SimViewContext = createContext<SimView>('explore');

export function useSimView(): SimView {
  return useContext(SimViewContext);
}

/** Problems with the slide's `::sim` attributes, shown once by the frame. */
export const PresetIssuesContext = createContext<readonly Bilingual[]>([]);
