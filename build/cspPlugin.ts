import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import type { Plugin } from 'vite';

/**
 * The one inline script the site ever runs is not ours: reveal.js' notes
 * plugin opens the speaker view as an about:blank popup and document.write()s
 * a page with an inline <script> into it. An about:blank popup inherits its
 * opener's Content-Security-Policy, so that script is allowed by its SHA-256
 * hash (that exact text and nothing else), read from the installed plugin at
 * build time — an upgrade of reveal.js that changes it changes the hash too.
 * The build fails if the script cannot be found, rather than shipping a
 * speaker view the policy silently blocks.
 */
export function speakerScriptHashes(root = process.cwd()): string[] {
  const file = resolve(root, 'node_modules/reveal.js/dist/plugin/notes.mjs');
  const source = readFileSync(file, 'utf8');
  const at = source.indexOf('document.write(');
  const literal = at < 0 ? null : /^document\.write\(("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\)/s.exec(source.slice(at));
  if (!literal?.[1]) throw new Error(`csp: the speaker view's page was not found in ${file}`);
  // The string literal is evaluated (build time, in an empty context) to get the exact page text the popup receives.
  const page = String(vm.runInNewContext(literal[1]));
  const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  if (scripts.length === 0) throw new Error(`csp: no inline script in the speaker view's page (${file})`);
  return scripts.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
}

/**
 * The built page's Content-Security-Policy: only the page's own origin.
 *
 * - script-src 'self' + the speaker view's hash: no 'unsafe-inline', no
 *   'unsafe-eval'. The language pre-load is a module file (build/slidesPlugin.ts).
 * - style-src 'self' 'unsafe-inline': chosen deliberately. The slides' math is
 *   KaTeX HTML rendered at build time, and KaTeX positions every glyph with
 *   style attributes (about a thousand per language: `style="height:0.95em;
 *   vertical-align:-0.23em"`), which a policy without 'unsafe-inline' blocks
 *   (and there is no per-attribute hash without 'unsafe-hashes'). reveal.js'
 *   PDF layout injects a <style> for its @page size, the speaker popup carries
 *   its own <style>, and the pre-painted title in index.html uses style
 *   attributes. (React style props and d3's .style() go through the CSSOM and
 *   are not affected either way.) Inline styles cannot run code; scripts stay strict.
 * - img-src data: blob: — the PNG export draws the chart's SVG from a blob:
 *   URL (src/sims/_protocol/exportFiles.ts) and downloads are blob: URLs.
 * - worker-src 'self' — the service worker (offline); manifest-src, connect-src
 *   and font-src 'self' (KaTeX's woff2 fonts are served from the site).
 * - frame-src falls back to default-src 'self': the speaker view previews
 *   the deck itself in iframes.
 *
 * A <meta> policy cannot carry frame-ancestors (nor report-uri / sandbox):
 * hosts should send the same policy as a header with `frame-ancestors 'none'`
 * added, plus `X-Content-Type-Options: nosniff` (see the README).
 * Build only: the dev server injects inline scripts of its own (React refresh).
 */
export function contentSecurityPolicy(root = process.cwd()): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${speakerScriptHashes(root).join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export function cspPlugin(root = process.cwd()): Plugin {
  return {
    name: 'lio-csp',
    apply: 'build',
    transformIndexHtml(html) {
      const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(root)}" />`;
      // Right after the charset: the policy must precede every script, style and link it governs.
      const at = html.search(/<meta charset[^>]*>/i);
      if (at < 0) throw new Error('csp: index.html has no <meta charset> to put the policy after');
      const end = html.indexOf('>', at) + 1;
      return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
    },
  };
}
