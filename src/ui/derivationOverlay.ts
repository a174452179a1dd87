/**
 * Where a "show the work" panel opens: inline under its readout (explore,
 * where the page may scroll), or as an overlay above the chart (stage, where
 * nothing may push the chart away). SimFrame provides it.
 */
import { createContext, useContext, type ReactNode } from 'react';

export interface DerivationOverlay {
  readonly mode: 'inline' | 'overlay';
  readonly open: (title: string, body: ReactNode) => void;
  readonly close: () => void;
}

const inline: DerivationOverlay = { mode: 'inline', open: () => undefined, close: () => undefined };

export const DerivationOverlayContext = createContext<DerivationOverlay>(inline);

export function useDerivationOverlay(): DerivationOverlay {
  return useContext(DerivationOverlayContext);
}
