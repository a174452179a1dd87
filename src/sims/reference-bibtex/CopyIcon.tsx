/** Two overlapping sheets: the copy action's icon (decorative; the button's text names the action). */
export function CopyIcon() {
  return (
    <svg className="rb-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <rect x="8" y="8" width="12" height="13" rx="2" fill="none" stroke="currentColor" strokeWidth="2.2" />
      <path d="M16 8V5a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v11a2 2 0 0 0 2 2h2" fill="none" stroke="currentColor" strokeWidth="2.2" />
    </svg>
  );
}
