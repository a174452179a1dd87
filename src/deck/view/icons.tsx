// Small inline icons (no icon font, no request): 24×24 strokes in currentColor.
const common = { width: 22, height: 22, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true, focusable: false } as const;

export const HelpIcon = () => (
  <svg {...common}><circle cx="12" cy="12" r="9" /><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6" /><path d="M12 17h.01" /></svg>
);
export const OverviewIcon = () => (
  <svg {...common}><rect x="3" y="3" width="7" height="7" /><rect x="14" y="3" width="7" height="7" /><rect x="3" y="14" width="7" height="7" /><rect x="14" y="14" width="7" height="7" /></svg>
);
export const FullscreenIcon = () => (
  <svg {...common}><path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" /></svg>
);
export const SpeakerIcon = () => (
  <svg {...common}><rect x="3" y="4" width="18" height="12" rx="1" /><path d="M7 20h10M12 16v4M7 8h6M7 11h10" /></svg>
);
export const PdfIcon = () => (
  <svg {...common}><path d="M6 3h9l4 4v14H6z" /><path d="M15 3v4h4" /><path d="M9 13h6M9 17h6" /></svg>
);
export const BlackoutIcon = () => (
  <svg {...common}><rect x="3" y="5" width="18" height="14" rx="1" fill="currentColor" /></svg>
);
export const SearchIcon = () => (
  <svg {...common}><circle cx="11" cy="11" r="6.5" /><path d="M16 16l5 5" /></svg>
);
export const ReadIcon = () => (
  <svg {...common}><path d="M3 5h6a3 3 0 0 1 3 3v12a2 2 0 0 0-2-2H3zM21 5h-6a3 3 0 0 0-3 3v12a2 2 0 0 1 2-2h7z" /></svg>
);
