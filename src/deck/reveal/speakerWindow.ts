/**
 * The speaker view in the deck's language. reveal.js' notes plugin writes
 * its own English page into a popup; once written, this translates its
 * labels (and keeps translating what its script writes later: the layout
 * menu, the clock), moves "Upcoming" off the preview's heading, and gives the
 * notes KaTeX's styles so math renders once, not as MathML and HTML side by
 * side.
 */
import type { Lang } from '../../i18n/index.ts';
import { STRINGS } from '../../i18n/strings.ts';

/** The plugin's English texts and the interface keys that translate them. */
const LABELS: ReadonlyArray<readonly [english: string, key: keyof typeof STRINGS]> = [
  ['Loading speaker view...', 'speaker.loading'],
  ['Upcoming', 'speaker.upcoming'],
  ['Time', 'speaker.time'],
  ['Click to Reset', 'speaker.reset'],
  ['Pacing – Time to finish current slide', 'speaker.pacing'],
  ['Notes', 'speaker.notes'],
  ['Default', 'speaker.layoutDefault'],
  ['Wide', 'speaker.layoutWide'],
  ['Tall', 'speaker.layoutTall'],
  ['Notes only', 'speaker.layoutNotesOnly'],
];

function translateText(text: string, lang: Lang): string {
  const trimmed = text.trim();
  for (const [english, key] of LABELS) {
    if (trimmed === english) return text.replace(english, STRINGS[key][lang]);
  }
  const layout = /^Layout(?::\s*(.*))?$/.exec(trimmed);
  if (layout) {
    const name = LABELS.find(([english]) => english === layout[1])?.[1];
    const word = STRINGS['speaker.layout'][lang];
    return name ? `${word}: ${STRINGS[name][lang]}` : word;
  }
  return text;
}

function translateTree(root: Node, lang: Lang): void {
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT) ?? null;
  if (!walker) return;
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  for (const node of nodes) {
    // Notes are the lecturer's own words, already in the deck's language.
    if (node.parentElement?.closest('.speaker-controls-notes .value')) continue;
    const next = translateText(node.data, lang);
    if (next !== node.data) node.data = next;
  }
}

/** KaTeX's rules from the deck's own stylesheets, font URLs made absolute for the popup. */
function katexCss(source: Document): string {
  const out: string[] = [];
  for (const sheet of Array.from(source.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    const base = sheet.href ?? source.baseURI;
    for (const rule of Array.from(rules)) {
      const text = rule.cssText;
      if (!/katex/i.test(text)) continue;
      out.push(text.replace(/url\((['"]?)([^'")]+)\1\)/g, (_m, _q, url: string) => `url("${new URL(url, base).href}")`));
    }
  }
  return out.join('\n');
}

const LAYOUT_CSS = `
  #upcoming-slide { padding-top: 40px; }
  #upcoming-slide .label { top: 6px; left: 6px; }
  #current-slide .label { top: 6px; }
  body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", Helvetica, sans-serif; }
`;

/** Translates and restyles an open speaker window; returns a stop function for its observer. */
export function localizeSpeakerWindow(popup: Window, lang: Lang, opener: Document = document): () => void {
  const doc = popup.document;
  if (!doc?.body) return () => undefined;
  doc.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const style = doc.getElementById('lio-speaker-style') ?? doc.head.appendChild(doc.createElement('style'));
  style.id = 'lio-speaker-style';
  style.textContent = `${katexCss(opener)}\n${LAYOUT_CSS}`;
  translateTree(doc.body, lang);
  const Observer = (popup as Window & typeof globalThis).MutationObserver ?? MutationObserver;
  const observer = new Observer((records) => {
    for (const r of records) {
      if (r.type === 'characterData') translateTree(r.target.parentNode ?? r.target, lang);
      for (const n of Array.from(r.addedNodes)) translateTree(n.nodeType === 3 ? (n.parentNode ?? n) : n, lang);
    }
  });
  observer.observe(doc.body, { subtree: true, childList: true, characterData: true });
  return () => observer.disconnect();
}
