/**
 * KaTeX is loaded on first use so it stays out of the deck's initial bundle.
 * Its fonts and CSS are bundled by Vite (no CDN: the built site is offline).
 */
type Katex = typeof import('katex').default;

let loading: Promise<Katex> | null = null;

export function loadKatex(): Promise<Katex> {
  loading ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(([m]) => m.default);
  return loading;
}

/** TeX → HTML (with MathML for screen readers); a TeX error renders in red inside the formula instead of throwing. */
export function renderTex(katex: Katex, tex: string, displayMode: boolean): string {
  return katex.renderToString(tex, { displayMode, throwOnError: false, output: 'htmlAndMathml', strict: 'ignore' });
}
