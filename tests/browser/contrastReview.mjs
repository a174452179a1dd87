// Review, from real pixels, of the text axe-core's color-contrast rule leaves
// "incomplete" (it cannot decide: text over an image or an SVG, overlapping
// boxes, translucent text, symbol characters …).
//
// For each such element: a screenshot of the page as rendered (A), then one
// with the element's text made transparent (B: transparent colour / SVG fill,
// no text shadow, no transition; put back right after). The pixels where A and
// B differ are the glyphs; B there is the background the text is really drawn
// on (an SVG label's halo, painted under its fill, stays: it is the label's
// background). The text colour is the element's computed colour (or SVG fill),
// its alpha times the opacity of it and its ancestors composited over each of
// those background pixels; the ratio kept is the 5th percentile of the
// per-pixel WCAG ratios: the worst plausible background, not one outlier
// pixel. (A second figure from the pixels alone, the median ratio of the glyph
// cores in A against B, is reported as a cross-check; it decides instead when
// a filter or blend mode changes the drawn colour.)
// Required: 4.5:1; 3:1 for large text (≥ 24 px, or ≥ 18.66 px and bold ≥ 700,
// at the size drawn at this viewport, i.e. after the deck's and the chart's
// scaling) and for text made of symbol characters only (● ■ ✓ ⇅ ←: icons and
// colour keys, graphical objects under WCAG SC 1.4.11).
// Not measurable: text outside the viewport or scrolled out of a clipping
// ancestor, zero-size boxes, a fill that is not a colour, and text that draws
// nothing where a hit test finds another element on top of it.
//
// All the elements of one axe run are measured together: two CDP screenshots
// of the smallest clip holding their text, decoded here (node:zlib; nothing
// to install) and measured in Node.
//
// Use: run axe with { elementRef: true } and 'incomplete' in resultTypes, put
// the color-contrast rule's incomplete nodes in window.__contrastIncomplete
// ([{ element, data }], data = the check's data: messageKey, fgColor, …) and
// call reviewIncompleteContrast(page, { view, where }) before the page changes.
import { inflateSync } from 'node:zlib';

/** In the page: picks the stashed incomplete nodes that can be measured now; marks them for the next steps. */
function prepareInPage() {
  const stash = window.__contrastIncomplete ?? [];
  window.__contrastIncomplete = [];
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const describe = (el) => {
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && parts.length < 4; e = e.parentElement) {
      let s = e.localName;
      if (e.id) { parts.unshift(`${s}#${CSS.escape(e.id)}`); break; }
      const cls = [...e.classList].slice(0, 2).map((c) => `.${CSS.escape(c)}`).join('');
      s += cls;
      if (!cls && e.parentElement) {
        const same = [...e.parentElement.children].filter((c) => c.localName === e.localName);
        if (same.length > 1) s += `:nth-of-type(${same.indexOf(e) + 1})`;
      }
      parts.unshift(s);
    }
    return parts.join(' > ');
  };
  const intersect = (a, b) => {
    const left = Math.max(a.left, b.left), top = Math.max(a.top, b.top);
    const right = Math.min(a.right, b.right), bottom = Math.min(a.bottom, b.bottom);
    return right > left && bottom > top ? { left, top, right, bottom } : null;
  };
  const textRects = (el) => {
    if (el.matches('input, select, textarea')) {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      const px = (p) => parseFloat(cs.getPropertyValue(p)) || 0;
      return [{ left: r.left + px('border-left-width') + px('padding-left'), top: r.top + px('border-top-width') + px('padding-top'), right: r.right - px('border-right-width') - px('padding-right'), bottom: r.bottom - px('border-bottom-width') - px('padding-bottom') }];
    }
    const out = [];
    const range = document.createRange();
    for (const node of el.childNodes) {
      if (node.nodeType !== 3 || node.textContent.trim() === '') continue;
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    }
    return out;
  };
  const parseColour = (value) => {
    const m = value.match(/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/);
    if (m) {
      const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
      return [+m[1], +m[2], +m[3], a];
    }
    // Any other syntax (color(), oklch() …): let a canvas convert it to sRGB.
    const c = new OffscreenCanvas(1, 1).getContext('2d');
    c.fillStyle = value;
    c.fillRect(0, 0, 1, 1);
    const d = c.getImageData(0, 0, 1, 1).data;
    return [d[0], d[1], d[2], d[3] / 255];
  };
  // Opacity (product) and filter/blend of an element and its ancestors, shared by siblings.
  const fades = new Map();
  const fade = (e) => {
    if (!e || e.nodeType !== 1) return { opacity: 1, effects: false };
    if (fades.has(e)) return fades.get(e);
    const s = getComputedStyle(e);
    const up = fade(e.parentElement);
    const f = { opacity: up.opacity * parseFloat(s.opacity), effects: up.effects || s.filter !== 'none' || s.mixBlendMode !== 'normal' };
    fades.set(e, f);
    return f;
  };
  const out = { incomplete: stash.length, unmeasurable: [], batch: [], clip: null };
  const batch = [];
  for (const { element: el, data } of stash) {
    if (!el || !el.isConnected) { out.unmeasurable.push({ selector: '?', text: '', reason: data?.messageKey ?? '', why: 'element gone' }); continue; }
    const cs = getComputedStyle(el);
    const text = (el.matches('input, select, textarea') ? (el.value ?? '') : [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('')).replace(/\s+/g, ' ').trim();
    const svg = el instanceof SVGElement;
    // The size as drawn at this viewport (the deck scales its 1600×900 slides; a chart scales its viewBox).
    let scale = 1;
    if (svg) {
      const m = el.getScreenCTM();
      if (m) scale = Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
    } else if (el.offsetHeight > 0) scale = el.getBoundingClientRect().height / el.offsetHeight;
    const fontSize = parseFloat(cs.fontSize) * scale;
    const weight = parseFloat(cs.fontWeight) || (cs.fontWeight === 'bold' ? 700 : 400);
    const large = fontSize >= 24 || (fontSize >= 18.66 && weight >= 700);
    // Only symbol characters (● ■ ✓ ⇅ ← ↺, not letters, digits or punctuation): icons and colour keys,
    // graphical objects for WCAG (SC 1.4.11, 3:1); axe leaves them aside for the same reason (nonBmp).
    const symbol = /^[\p{S}\s]+$/u.test(text);
    const { opacity: faded, effects } = fade(el);
    const opacity = faded * (svg ? parseFloat(cs.fillOpacity) : 1);
    // SVG text is painted with `fill` (its stroke, when painted first, is a halo: background); HTML text with the text fill colour.
    const fill = svg ? cs.fill : (cs.webkitTextFillColor || cs.color);
    const halo = svg && cs.stroke !== 'none' && cs.paintOrder.startsWith('stroke');
    const hide = svg
      ? [['transition', 'none'], ['fill', 'transparent'], ...(halo || cs.stroke === 'none' ? [] : [['stroke', 'transparent']])]
      : [['transition', 'none'], ['color', 'transparent'], ['-webkit-text-fill-color', 'transparent'], ['text-shadow', 'none'], ['caret-color', 'transparent']];
    const info = {
      selector: describe(el), text: text.slice(0, 60), reason: data?.messageKey ?? '', axeFg: data?.fgColor, axeBg: data?.bgColor,
      fontSize: Math.round(fontSize * 10) / 10, weight, large, symbol, required: large || symbol ? 3 : 4.5, effects, colour: fill,
    };
    if (!/^(rgb|color|oklch|oklab|lab|lch|hsl|hwb|#)/.test(fill) || fill === 'transparent') { out.unmeasurable.push({ ...info, why: `text painted with ${fill.slice(0, 40)}` }); continue; }
    const [r, g, b, a] = parseColour(fill);
    Object.assign(info, { fg: [r, g, b], alpha: a * opacity });
    // Where the text can be seen: in the viewport and inside every ancestor that clips.
    const full = textRects(el);
    if (full.length === 0) { out.unmeasurable.push({ ...info, why: 'zero-size' }); continue; }
    let rects = full;
    const viewport = { left: 0, top: 0, right: vw, bottom: vh };
    let why = 'outside the viewport';
    rects = rects.map((rect) => intersect(rect, viewport)).filter(Boolean);
    for (let e = el.parentElement; e && rects.length > 0 && e !== document.documentElement; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const box = e.getBoundingClientRect();
      const before = rects.length;
      rects = rects.map((rect) => intersect(rect, box)).filter(Boolean);
      if (rects.length < before && rects.length === 0) why = `scrolled out of ${describe(e)}`;
    }
    // At least a quarter of the text in sight (a sliver at the edge holds no glyph to measure).
    const area = (q) => (q.right - q.left) * (q.bottom - q.top);
    const seen = rects.reduce((sum, q) => sum + area(q), 0);
    if (seen > 0 && seen < 0.25 * full.reduce((sum, q) => sum + area(q), 0)) { rects = []; why = `mostly ${why}`; }
    if (rects.length === 0) { out.unmeasurable.push({ ...info, why }); continue; }
    batch.push({ el, rects, info, hide });
  }
  window.__contrastBatch = batch;
  out.batch = batch.map(({ rects, info }) => ({ rects, info }));
  if (batch.length > 0) {
    const all = batch.flatMap((b) => b.rects);
    const left = Math.max(0, Math.floor(Math.min(...all.map((q) => q.left))) - 1);
    const top = Math.max(0, Math.floor(Math.min(...all.map((q) => q.top))) - 1);
    const right = Math.min(vw, Math.ceil(Math.max(...all.map((q) => q.right))) + 1);
    const bottom = Math.min(vh, Math.ceil(Math.max(...all.map((q) => q.bottom))) + 1);
    out.clip = { x: left, y: top, width: right - left, height: bottom - top };
    out.scroll = { x: window.scrollX, y: window.scrollY };
  }
  return out;
}

/** In the page: the text of every marked element made transparent (inline !important, the old values kept). */
function hideInPage() {
  for (const b of window.__contrastBatch) {
    b.saved = b.hide.map(([p]) => [p, b.el.style.getPropertyValue(p), b.el.style.getPropertyPriority(p)]);
    for (const [p, v] of b.hide) b.el.style.setProperty(p, v, 'important');
  }
}

/** In the page: puts the old styles back (colour first, while transitions are still off, then transitions). */
function restoreInPage() {
  const put = (el, [p, v, prio]) => { if (v) el.style.setProperty(p, v, prio); else el.style.removeProperty(p); };
  const batch = window.__contrastBatch.filter((b) => b.saved);
  for (const b of batch) for (const saved of b.saved) if (saved[0] !== 'transition') put(b.el, saved);
  // The colours' change applied with transitions still off (none starts), then the transitions back.
  for (const b of batch) void getComputedStyle(b.el).color;
  for (const b of batch) {
    put(b.el, b.saved.find(([p]) => p === 'transition'));
    if (b.el.getAttribute('style') === '') b.el.removeAttribute('style');
  }
}

/** In the page: for text that drew nothing, the element on top of it, if another one is. */
function coveredInPage(indices) {
  return indices.map((k) => {
    const { el, rects } = window.__contrastBatch[k];
    const hit = rects.map((q) => document.elementFromPoint((q.left + q.right) / 2, (q.top + q.bottom) / 2)).find((h) => h !== null && h !== el && !el.contains(h) && !h.contains(el));
    return hit ? `${hit.localName}${[...hit.classList].map((c) => `.${c}`).join('')}` : null;
  });
}

/** Decodes a PNG (8-bit grey, RGB, grey+alpha or RGBA, not interlaced: what Chromium writes) to RGBA. */
export function decodePng(buf) {
  let pos = 8;
  let width = 0, height = 0, depth = 0, type = 0, interlace = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const kind = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (kind === 'IHDR') { width = data.readUInt32BE(0); height = data.readUInt32BE(4); depth = data[8]; type = data[9]; interlace = data[12]; }
    else if (kind === 'IDAT') idat.push(data);
    else if (kind === 'IEND') break;
    pos += 12 + len;
  }
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[type];
  if (depth !== 8 || interlace !== 0 || !channels) throw new Error(`unsupported PNG: depth ${depth}, colour type ${type}, interlace ${interlace}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const px = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  let cur = new Uint8Array(stride);
  for (let y = 0; y < height; y += 1) {
    const o = y * (stride + 1) + 1;
    const filter = raw[o - 1];
    for (let i = 0; i < stride; i += 1) {
      const a = i >= channels ? cur[i - channels] : 0;
      const b = prev[i];
      const c = i >= channels ? prev[i - channels] : 0;
      let v = raw[o + i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      cur[i] = v & 255;
    }
    for (let x = 0, j = y * width * 4, i = 0; x < width; x += 1, j += 4, i += channels) {
      if (channels >= 3) { px[j] = cur[i]; px[j + 1] = cur[i + 1]; px[j + 2] = cur[i + 2]; px[j + 3] = channels === 4 ? cur[i + 3] : 255; }
      else { px[j] = px[j + 1] = px[j + 2] = cur[i]; px[j + 3] = channels === 2 ? cur[i + 1] : 255; }
    }
    [prev, cur] = [cur, prev];
  }
  return { w: width, h: height, px };
}

const LIN = Array.from({ length: 256 }, (_, i) => { const s = i / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
const linear = (c) => { const f = Math.floor(c); return f >= 255 ? LIN[255] : LIN[f] + (LIN[f + 1] - LIN[f]) * (c - f); };
const luminance = (r, g, b) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
const contrast = (l1, l2) => (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
const hex = (px, i) => `#${[px[i], px[i + 1], px[i + 2]].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1))))];

/** Measures one element from the two decoded clips (A as rendered, B with its text transparent). */
function measure(A, B, clip, { rects, info }) {
  const [fr, fg, fb] = info.fg;
  const alpha = info.alpha;
  const sx = A.w / clip.width, sy = A.h / clip.height;
  // The pixels of the element's text boxes: their index and how much A and B differ there.
  const box = [];
  let maxDiff = 0;
  for (const q of rects) {
    const x0 = Math.max(0, Math.floor((q.left - clip.x) * sx)), x1 = Math.min(A.w, Math.ceil((q.right - clip.x) * sx));
    const y0 = Math.max(0, Math.floor((q.top - clip.y) * sy)), y1 = Math.min(A.h, Math.ceil((q.bottom - clip.y) * sy));
    for (let y = y0; y < y1; y += 1) {
      for (let x = x0; x < x1; x += 1) {
        const i = (y * A.w + x) * 4;
        const d = Math.max(Math.abs(A.px[i] - B.px[i]), Math.abs(A.px[i + 1] - B.px[i + 1]), Math.abs(A.px[i + 2] - B.px[i + 2]));
        if (d > maxDiff) maxDiff = d;
        box.push(i, d);
      }
    }
  }
  // Glyph pixels: where the text changed the picture (anti-aliased edges included).
  const glyphs = [];
  const threshold = Math.max(4, maxDiff * 0.1);
  for (let k = 0; k < box.length; k += 2) if (box[k + 1] >= threshold) glyphs.push(box[k], box[k + 1]);
  // No glyph drawn: the text colour against its whole box (a colour equal to the background draws nothing).
  const sample = glyphs.length > 0 ? glyphs : box;
  const ratios = [];
  let darkest = -1, lightest = -1, dl = Infinity, ll = -Infinity;
  for (let k = 0; k < sample.length; k += 2) {
    const i = sample[k];
    const br = B.px[i], bg = B.px[i + 1], bb = B.px[i + 2];
    const lb = luminance(br, bg, bb);
    if (lb < dl) { dl = lb; darkest = i; }
    if (lb > ll) { ll = lb; lightest = i; }
    ratios.push(contrast(luminance(alpha * fr + (1 - alpha) * br, alpha * fg + (1 - alpha) * bg, alpha * fb + (1 - alpha) * bb), lb));
  }
  ratios.sort((x, y) => x - y);
  const composited = ratios.length > 0 ? quantile(ratios, 0.05) : null;
  // From the pixels alone: the glyph cores (the most changed pixels), A against B.
  const core = [];
  for (let k = 0; k < glyphs.length; k += 2) {
    if (glyphs[k + 1] < maxDiff * 0.8) continue;
    const i = glyphs[k];
    core.push(contrast(luminance(A.px[i], A.px[i + 1], A.px[i + 2]), luminance(B.px[i], B.px[i + 1], B.px[i + 2])));
  }
  core.sort((x, y) => x - y);
  const pixelRatio = core.length > 0 ? quantile(core, 0.5) : null;
  const decided = info.effects && pixelRatio !== null ? pixelRatio : composited;
  const round = (x) => (x === null ? null : Math.round(x * 100) / 100);
  return {
    ...info, ratio: round(decided), pixelRatio: round(pixelRatio), glyphPixels: glyphs.length / 2, drewNothing: glyphs.length === 0,
    bgRange: darkest < 0 ? '?' : `${hex(B.px, darkest)}…${hex(B.px, lightest)}`,
    textColour: `#${[fr, fg, fb].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}${alpha < 1 ? ` α${alpha.toFixed(2)}` : ''}`,
    status: decided !== null && decided >= info.required ? 'pass' : 'fail',
  };
}

const sessions = new WeakMap();

/**
 * Reviews the color-contrast nodes axe left incomplete in its last run (window.__contrastIncomplete);
 * `view` and `where` only label the results; `timing` (optional) adds up the milliseconds of each step.
 * Resolves to { incomplete, results: [{ status: 'pass' | 'fail' | 'unmeasurable', selector, text, ratio,
 * required, why, … }] }.
 */
export async function reviewIncompleteContrast(page, { view, where, timing = {} }) {
  let t = Date.now();
  const lap = (k) => { const n = Date.now(); timing[k] = (timing[k] ?? 0) + n - t; t = n; };
  const prep = await page.evaluate(prepareInPage);
  lap('prepare');
  const results = prep.unmeasurable.map((u) => ({ ...u, status: 'unmeasurable' }));
  if (prep.batch.length > 0) {
    // Straight over CDP: a PNG of the clip from the next frame (page.screenshot adds waits and styles of its own).
    if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
    const cdp = sessions.get(page);
    const shot = async () => Buffer.from((await cdp.send('Page.captureScreenshot', { format: 'png', clip: { ...prep.clip, x: prep.clip.x + prep.scroll.x, y: prep.clip.y + prep.scroll.y, scale: 1 }, optimizeForSpeed: true, captureBeyondViewport: false })).data, 'base64');
    const shown = await shot();
    lap('shots');
    let hidden;
    try {
      await page.evaluate(hideInPage);
      hidden = await shot();
      lap('shots');
    } finally {
      await page.evaluate(restoreInPage);
      lap('hide+restore');
    }
    const A = decodePng(shown);
    const B = decodePng(hidden);
    const measured = prep.batch.map((b) => measure(A, B, prep.clip, b));
    lap('measure');
    // Text that drew nothing: under another element (not measurable), or in the background's colour (measured: fails).
    const blank = measured.flatMap((m, k) => (m.drewNothing ? [k] : []));
    const covered = blank.length > 0 ? await page.evaluate(coveredInPage, blank) : [];
    blank.forEach((k, n) => {
      const m = measured[k];
      if (covered[n]) Object.assign(m, { status: 'unmeasurable', why: `covered by ${covered[n]}` });
      else if (m.status === 'pass') Object.assign(m, { status: 'unmeasurable', why: 'no glyph drawn (text clipped)' });
    });
    results.push(...measured);
  }
  return { incomplete: prep.incomplete, results: results.map(({ fg: _fg, alpha: _alpha, drewNothing: _d, ...r }) => ({ ...r, view, where })) };
}

/** One line for a reviewed element. */
export function describeContrast(r) {
  const ratio = r.ratio === undefined ? '' : ` ${r.ratio}:1 (need ${r.required}:1, ${r.fontSize} px${r.symbol ? ' symbol' : r.large ? ' large' : ''}${r.pixelRatio !== null && r.pixelRatio !== undefined ? `, glyph cores ${r.pixelRatio}:1` : ''}) text ${r.textColour} on ${r.bgRange}`;
  return `${r.where} ${r.view}: ${r.selector} "${r.text}"${ratio} — axe: ${r.reason || '?'}${r.why ? ` — ${r.why}` : ''}`;
}
