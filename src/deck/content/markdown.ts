import katex from 'katex';
import { Marked, type TokenizerAndRendererExtension, type Tokens } from 'marked';

interface MathToken extends Tokens.Generic {
  type: 'displayMath' | 'inlineMath';
  text: string;
}

function renderMath(tex: string, displayMode: boolean): string {
  // throwOnError: false renders a bad formula as red source text with the
  // error in its title, so one typo never blanks a slide (the content test
  // looks for `katex-error`).
  return katex.renderToString(tex.trim(), { displayMode, throwOnError: false, output: 'htmlAndMathml' });
}

const displayMath: TokenizerAndRendererExtension = {
  name: 'displayMath',
  level: 'block',
  start: (src) => src.match(/^ {0,3}\$\$/m)?.index,
  tokenizer(src) {
    const match = /^ {0,3}\$\$([\s\S]+?)\$\$[ \t]*(?:\n+|$)/.exec(src);
    if (!match) return undefined;
    return { type: 'displayMath', raw: match[0], text: match[1] ?? '' } satisfies MathToken;
  },
  renderer: (token) => `<div class="math-display">${renderMath(String(token['text']), true)}</div>\n`,
};

// `$…$` must open and close next to non-space characters and not be
// followed by a digit, so prices such as "$5 and $10" stay text.
const inlineMath: TokenizerAndRendererExtension = {
  name: 'inlineMath',
  level: 'inline',
  start: (src) => src.indexOf('$') >= 0 ? src.indexOf('$') : undefined,
  tokenizer(src) {
    const display = /^\$\$([^$]+?)\$\$/.exec(src);
    if (display) return { type: 'inlineMath', raw: display[0], text: display[1] ?? '', display: true };
    const match = /^\$(?![\s$])((?:\\\$|[^$\n])+?)(?<![\s\\])\$(?!\d)/.exec(src);
    if (!match) return undefined;
    return { type: 'inlineMath', raw: match[0], text: match[1] ?? '' } satisfies MathToken;
  },
  renderer: (token) => renderMath(String(token['text']), token['display'] === true),
};

function createMarked(): Marked {
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    extensions: [displayMath, inlineMath],
    renderer: {
      link({ href, title, tokens }) {
        const text = this.parser.parseInline(tokens);
        const titleAttr = title ? ` title="${escapeAttr(title)}"` : '';
        // External references open beside the deck instead of replacing it.
        const external = /^https?:\/\//i.test(href) ? ' target="_blank" rel="noopener noreferrer"' : '';
        return `<a href="${escapeAttr(href)}"${titleAttr}${external}>${text}</a>`;
      },
    },
  });
  return marked;
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

const marked = createMarked();

export interface RenderOptions {
  /** Mark every list item as a reveal.js fragment. */
  readonly fragments?: boolean;
}

/** Renders lecture Markdown (GFM, KaTeX math) to HTML. */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  const html = marked.parse(markdown, { async: false });
  return options.fragments ? html.replace(/<li>/g, '<li class="fragment">') : html;
}
