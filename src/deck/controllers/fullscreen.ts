/** Enters fullscreen on the whole page, or leaves it. */
export function toggleFullscreen(): void {
  const done = document.fullscreenElement
    ? document.exitFullscreen?.()
    : document.documentElement.requestFullscreen?.();
  // Refused (no user gesture, iframe without permission): nothing to undo.
  done?.catch(() => undefined);
}
