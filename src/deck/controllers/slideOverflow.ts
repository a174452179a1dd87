/**
 * On a phone held upright (the portrait layout) a long text slide — the
 * reference lists, a long bullet list — can be taller than the slide. Such a
 * slide's body scrolls vertically instead of running off the bottom; it is
 * marked `data-prevent-swipe` so reveal.js leaves the vertical drag to the
 * scroll (the on-screen arrows still change slides). On a 16:9 projector the
 * slides are written to fit, and nothing changes.
 */
export function markSlideOverflow(slide: Element | null | undefined, portrait: boolean): void {
  const body = slide?.querySelector(':scope > .slide-body');
  if (!(body instanceof HTMLElement)) return;
  body.classList.remove('slide-overflows');
  body.removeAttribute('data-prevent-swipe');
  if (!portrait || body.querySelector('.sim') !== null) return;
  if (body.scrollHeight > body.clientHeight + 2) {
    body.classList.add('slide-overflows');
    body.setAttribute('data-prevent-swipe', '');
  }
}
