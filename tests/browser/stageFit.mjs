// The stage-fit measurement (issue: "Simulators that work in the lecture
// hall", item 2), run inside the page on the current slide:
// - hidden content: an element inside a simulator whose overflow is not
//   `visible` must not scroll (scrollHeight − clientHeight, scrollWidth −
//   clientWidth ≤ 1 px);
// - outside: every visible leaf element's box lies inside the slide's box;
// - small text: every text renders at ≥ 12 CSS px on screen (font size × the
//   deck's scale for HTML; × the SVG's viewBox scale for chart text);
// - overlap: a takeaway or predict box never covers a chart.
// Returns a list of problems, each { kind, sim, what, detail }.

export function measureStageInPage({ minPx = 12 } = {}) {
  const problems = [];
  const slide = document.querySelector('.reveal .slides section.present:not(.stack)');
  if (!slide) return [{ kind: 'no-slide', sim: '', what: '', detail: '' }];
  const deckBox = document.querySelector('.reveal .slides').getBoundingClientRect();
  const scale = window.__deck?.getScale?.() ?? 1;
  const describe = (el) => {
    const cls = typeof el.className === 'string' ? el.className : el.className?.baseVal ?? '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${el.tagName.toLowerCase()}${cls ? '.' + cls.split(/\s+/).filter(Boolean).slice(0, 2).join('.') : ''}${text ? ` "${text}"` : ''}`;
  };
  const visible = (el) => {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0.5 && r.height > 0.5;
  };
  // Screen-reader-only text (clipped to 1 px) and the clicker's empty fragments are not shown.
  const srOnly = (el) => el.closest('.sim-clicker-steps, .visually-hidden, .sr-only') !== null
    || (el.tagName === 'CAPTION' && parseFloat(getComputedStyle(el).width) <= 1);
  const ownText = (el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');

  for (const sim of slide.querySelectorAll('.sim')) {
    const name = sim.getAttribute('data-sim') ?? '?';
    const figure = sim.closest('.sim-figure') ?? sim;
    for (const el of [figure, ...figure.querySelectorAll('*')]) {
      if (srOnly(el) || !visible(el)) continue;
      const cs = getComputedStyle(el);
      if (el instanceof HTMLElement && (cs.overflowX !== 'visible' || cs.overflowY !== 'visible')) {
        const dy = el.scrollHeight - el.clientHeight;
        const dx = el.scrollWidth - el.clientWidth;
        if (dy > 1 || dx > 1) problems.push({ kind: 'hidden', sim: name, what: describe(el), detail: `${dx > 1 ? `${dx}px sideways ` : ''}${dy > 1 ? `${dy}px below` : ''}`.trim() });
      }
      const isLeaf = el.children.length === 0 || el.tagName === 'text' || el.tagName === 'svg';
      if (isLeaf) {
        const r = el.getBoundingClientRect();
        if (r.left < deckBox.left - 1 || r.top < deckBox.top - 1 || r.right > deckBox.right + 1 || r.bottom > deckBox.bottom + 1) {
          problems.push({ kind: 'outside', sim: name, what: describe(el), detail: `box ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} vs slide ${Math.round(deckBox.left)},${Math.round(deckBox.top)}–${Math.round(deckBox.right)},${Math.round(deckBox.bottom)}` });
        }
      }
      if (ownText(el)) {
        let px;
        const svg = el instanceof SVGElement ? el.ownerSVGElement ?? (el.tagName === 'svg' ? el : null) : null;
        if (svg) {
          const vb = svg.viewBox?.baseVal;
          const box = svg.getBoundingClientRect();
          const k = vb && vb.width > 0 && vb.height > 0 ? Math.min(box.width / vb.width, box.height / vb.height) : scale;
          px = parseFloat(cs.fontSize) * k;
        } else {
          px = parseFloat(cs.fontSize) * scale;
        }
        if (px < minPx - 0.05) problems.push({ kind: 'small', sim: name, what: describe(el), detail: `${px.toFixed(1)}px` });
      }
    }
    const charts = [...sim.querySelectorAll('svg.ui-chart')].filter(visible).map((c) => c.getBoundingClientRect());
    for (const box of sim.querySelectorAll('.ui-takeaway, .ui-predict')) {
      if (!visible(box)) continue;
      const b = box.getBoundingClientRect();
      for (const c of charts) {
        const w = Math.min(b.right, c.right) - Math.max(b.left, c.left);
        const h = Math.min(b.bottom, c.bottom) - Math.max(b.top, c.top);
        if (w > 1 && h > 1) problems.push({ kind: 'overlap', sim: name, what: describe(box), detail: `covers ${Math.round(w)}×${Math.round(h)}px of a chart` });
      }
    }
  }
  return problems;
}

/** Every simulator placement on the deck, as [{ index, h, v, name }], in slide order. */
export function placementsInPage() {
  return [...document.querySelectorAll('.reveal .slides .sim')].map((el, index) => {
    const slide = el.closest('section:not(.stack)');
    const { h, v } = window.__deck.getIndices(slide);
    return { index, h, v, name: el.getAttribute('data-sim') };
  });
}

/** Goes to placement `p` (all fragments hidden: the stage as the room first sees it) and waits for it to render and settle. */
export async function showPlacement(page, p) {
  // No slide transition: the walk measures the slide at rest, and needs no time for the animation.
  await page.evaluate(({ h, v }) => {
    if (window.__deck.getConfig().transition !== 'none') window.__deck.configure({ transition: 'none' });
    window.__deck.slide(h, v, -1);
  }, p);
  await page.waitForFunction((k) => document.querySelectorAll('.reveal .slides .sim')[k]?.getAttribute('data-sim-ready') === 'true', p.index, { timeout: 15000 })
    .catch(async (err) => {
      const shown = await page.evaluate((k) => document.querySelectorAll('.reveal .slides .sim')[k]?.innerText.slice(0, 300), p.index);
      throw new Error(`${p.h}/${p.v} ${p.name} never became ready: ${shown}\n${err.message}`);
    });
  await page.evaluate(() => document.fonts.ready);
  // Two frames: layout after the simulator's own measuring (FitBox) has settled.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await page.waitForFunction(() => !document.querySelector('.reveal .slides')?.classList.contains('transitioning') && document.querySelector('section.present:not(.stack) .sim')?.getBoundingClientRect().width > 0, null, { timeout: 5000 }).catch(() => {});
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}
