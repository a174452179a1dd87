// Shared pieces of the browser suite: a static server that mounts the built
// site under a sub-path (the site must work from any sub-path of a static
// host), and a Chromium launcher for Debian's /usr/bin/chromium.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

// BROWSER_DIST lets a second build be tested while dist/ is rebuilt (default: dist/).
export const DIST = resolve(process.env.BROWSER_DIST ?? new URL('../../dist', import.meta.url).pathname);
export const SUB_PATH = '/courses/llm-inference/';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.txt': 'text/plain',
};

/** Serves DIST under SUB_PATH on a free loopback port; resolves to { url, close }. */
export async function serveDist() {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(SUB_PATH)) { res.writeHead(404).end('not under sub-path'); return; }
    let rel = decodeURIComponent(url.pathname.slice(SUB_PATH.length)) || 'index.html';
    const file = normalize(join(DIST, rel));
    if (!file.startsWith(DIST)) { res.writeHead(403).end(); return; }
    try {
      const s = await stat(file);
      const target = s.isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(target);
      res.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${SUB_PATH}`, close: () => new Promise((ok) => server.close(ok)) };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-quic', '--disable-sync',
];

export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

/**
 * Opens a page that records console errors, page errors and any request that
 * leaves loopback (the site is offline-first: no other origin, ever).
 */
export async function openPage(browser, { width = 1280, height = 720 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, acceptDownloads: true });
  const page = await context.newPage();
  const problems = { consoleErrors: [], pageErrors: [], offsiteRequests: [] };
  page.on('console', (msg) => { if (msg.type() === 'error') problems.consoleErrors.push(msg.text()); });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err)));
  page.on('request', (req) => {
    const u = new URL(req.url());
    const local = ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
    if (!local && !['data:', 'blob:', 'about:'].includes(u.protocol)) problems.offsiteRequests.push(req.url());
  });
  return { context, page, problems };
}

/** Goes to `url` and waits until the deck says it is ready. */
export async function gotoDeck(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__deckReady === true, null, { timeout: 15000 });
}

export const SECTION_IDS = [
  'importance', 'memory-basics', 'memory-techniques', 'compute-basics', 'compute-techniques',
  'comm-basics', 'comm-techniques', 'comparison', 'best-practices', 'summary', 'references',
];
