/**
 * Marks the page idle (`html.deck-pointer-idle`) when the pointer has not
 * moved for a while, so the presenter's toolbar gets out of the projected
 * slide; any pointer movement or keyboard focus on the toolbar brings it back.
 * Returns the unbind function.
 */
export function bindPointerIdle(idleMs = 2500, root: HTMLElement = document.documentElement): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wake = (): void => {
    root.classList.remove('deck-pointer-idle');
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => root.classList.add('deck-pointer-idle'), idleMs);
  };
  wake();
  window.addEventListener('pointermove', wake, { passive: true });
  window.addEventListener('pointerdown', wake, { passive: true });
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    window.removeEventListener('pointermove', wake);
    window.removeEventListener('pointerdown', wake);
    root.classList.remove('deck-pointer-idle');
  };
}
