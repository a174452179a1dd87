// The initial JavaScript (issue #12 item 2): everything index.html makes the
// browser fetch before the first slide — its script and modulepreload tags,
// and the language file its pre-load module adds — gzipped at zlib's default
// level (what a static host's on-the-fly gzip uses). Shared by the budget
// test (budgets.spec.mjs) and `npm run bench:site`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export const INITIAL_JS_BUDGET = 150 * 1024;

export const gzipSize = (dist, file) => gzipSync(readFileSync(join(dist, file))).length;

/** Per language: { lang, files: [{ file, gzip }], total } for the built site in `dist`. */
export function initialJavaScript(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const asset = (href) => href.replace(/^\.\//, '');
  const tags = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
  ].map((m) => asset(m[1]));
  const preloader = tags.find((f) => /lang-preload/.test(f));
  if (!preloader) throw new Error('index.html has no language pre-load module');
  const found = /var f=(\{[^}]*\})/.exec(readFileSync(join(dist, preloader), 'utf8'));
  if (!found) throw new Error(`${preloader} names no language files`);
  const langFiles = JSON.parse(found[1]);
  return Object.entries(langFiles).map(([lang, file]) => {
    const files = [...tags, asset(file)].map((f) => ({ file: f, gzip: gzipSize(dist, f) }));
    return { lang, files, total: files.reduce((s, f) => s + f.gzip, 0) };
  });
}
