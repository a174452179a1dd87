import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseDeck } from '../src/deck/content/parseDeck.ts';
import { buildSearchIndex } from '../src/deck/search/searchIndex.ts';
import { splitNotes } from '../src/deck/content/notes.ts';

const PREFIX = 'virtual:deck-content/';
/** The search index of a language's slides, built here so the browser never tokenises the lecture itself. */
const SEARCH_PREFIX = 'virtual:deck-search/';
/** A language's speaker notes, apart from its slides (src/deck/content/notes.ts): fetched after the first paint. */
const NOTES_PREFIX = 'virtual:deck-notes/';
const PREFIXES = [PREFIX, SEARCH_PREFIX, NOTES_PREFIX];
const LANGS = ['zh', 'en'] as const;

/**
 * Parses slides/<lang>/*.md at build time (Markdown → HTML, math → KaTeX
 * HTML) and serves each language as a JSON module, so the browser downloads
 * neither marked nor KaTeX's JavaScript to paint the first slide. In dev the
 * Markdown files are watched and edits reload the content.
 */
export function slidesPlugin(root = process.cwd()): Plugin {
  const slidesDir = resolve(root, 'slides');
  /** The emitted pre-load module (see generateBundle), referenced from index.html. */
  let preloadFile: string | null = null;
  return {
    name: 'lio-slides',
    resolveId(id) {
      if (PREFIXES.some((p) => id.startsWith(p))) return `\0${id}`;
      return undefined;
    },
    load(id) {
      const prefix = PREFIXES.find((p) => id.startsWith(`\0${p}`));
      if (!prefix) return undefined;
      const lang = id.slice(prefix.length + 1);
      if (!(LANGS as readonly string[]).includes(lang)) throw new Error(`unknown slide language ${lang}`);
      const dir = join(slidesDir, lang);
      const files: Record<string, string> = {};
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
        const path = join(dir, name);
        this.addWatchFile(path);
        files[name] = readFileSync(path, 'utf8');
      }
      const deck = parseDeck(files);
      if (prefix === SEARCH_PREFIX) return `export default ${JSON.stringify(buildSearchIndex(deck))};`;
      const { content, notes } = splitNotes(deck);
      return `export default ${JSON.stringify(prefix === NOTES_PREFIX ? notes : content)};`;
    },
    // The first paint needs the current language's slides: start fetching
    // them while the main script is still downloading instead of after it
    // has run. The language is chosen the way src/i18n does it (?lang=, then
    // localStorage 'lio.lang', then zh). This runs from its own small module
    // file (async: it runs as soon as it arrives, not after the main graph),
    // never inline, so the page's Content-Security-Policy needs no
    // 'unsafe-inline' for scripts (build/cspPlugin.ts).
    generateBundle(_options, bundle) {
      preloadFile = null;
      const files: Record<string, string> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.facadeModuleId?.startsWith(`\0${PREFIX}`)) continue;
        files[chunk.facadeModuleId.slice(PREFIX.length + 1)] = `./${chunk.fileName}`;
      }
      if (!files.zh || !files.en) return;
      const source = `var f=${JSON.stringify(files)},l=null;try{l=new URLSearchParams(location.search).get('lang')||localStorage.getItem('lio.lang')}catch(e){}var k=document.createElement('link');k.rel='modulepreload';k.href=l==='en'?f.en:f.zh;document.head.appendChild(k);\n`;
      preloadFile = this.getFileName(this.emitFile({ type: 'asset', name: 'lang-preload.js', source }));
    },
    transformIndexHtml(html, ctx) {
      if (!ctx.bundle || !preloadFile) return html;
      return html.replace('</head>', `  <script type="module" async crossorigin src="./${preloadFile}"></script>\n  </head>`);
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(slidesDir)) return undefined;
      for (const lang of LANGS) {
        for (const prefix of PREFIXES) {
          const mod = server.moduleGraph.getModuleById(`\0${prefix}${lang}`);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
