// The browser suite: drives Debian's Chromium (playwright-core) against the
// built site (dist/, built by `npm run build`), served under a sub-path.
// Usage: node tests/browser/run.mjs [name-filter]
// Tests run two at a time (BROWSER_JOBS, default 2: this machine has two
// cores), each in its own browser context; the longest start first. What a
// test prints is held and printed with its result, so output never mixes.
import { existsSync } from 'node:fs';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DIST, serveDist, launchChromium } from './harness.mjs';
import { deckTests } from './deck.spec.mjs';
import { simTests } from './sims.spec.mjs';
import { stageTests } from './stage.spec.mjs';
import { offlineTests } from './offline.spec.mjs';
import { speakerTests } from './speaker.spec.mjs';
import { searchTests } from './search.spec.mjs';
import { readingTests } from './reading.spec.mjs';
import { shareTests } from './share.spec.mjs';
import { progressTests } from './progress.spec.mjs';
import { exportTests } from './export.spec.mjs';
import { hostileTests } from './hostile.spec.mjs';
import { cspTests } from './csp.spec.mjs';
import { budgetTests } from './budgets.spec.mjs';
import { a11yTests } from './a11y.spec.mjs';
import { soakTests } from './soak.spec.mjs';

if (!existsSync(`${DIST}/index.html`)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const filter = process.argv[2] ?? '';
const tests = [...deckTests, ...simTests, ...stageTests, ...offlineTests, ...speakerTests, ...searchTests, ...readingTests, ...shareTests, ...progressTests, ...exportTests, ...cspTests, ...budgetTests, ...hostileTests, ...a11yTests, ...soakTests].filter((t) => t.name.includes(filter));
const JOBS = Math.max(1, Number(process.env.BROWSER_JOBS ?? 2));
// The long walks first, so the two lanes finish together.
const LONG = /^(hostile|a11y|soak|csp: every)/;
const queue = [...tests.filter((t) => LONG.test(t.name)), ...tests.filter((t) => !LONG.test(t.name))];
const output = new AsyncLocalStorage();
const log = console.log.bind(console);
console.log = (...args) => {
  const held = output.getStore();
  if (held) held.push(args.map(String).join(' '));
  else log(...args);
};
const server = await serveDist();
const browser = await launchChromium();
let passed = 0;
let failed = 0;
const started = Date.now();
async function lane() {
  for (let t = queue.shift(); t; t = queue.shift()) {
    const t0 = Date.now();
    const held = [];
    let line;
    try {
      await output.run(held, () => t.run({ browser, base: server.url }));
      passed += 1;
      line = `  ✓ ${t.name} (${Date.now() - t0} ms)`;
    } catch (err) {
      failed += 1;
      line = `  ✗ ${t.name}\n    ${String(err?.stack ?? err).split('\n').slice(0, 6).join('\n    ')}`;
    }
    for (const h of held) log(h);
    log(line);
  }
}
await Promise.all(Array.from({ length: JOBS }, lane));
await browser.close();
await server.close();
log(`\nbrowser suite: ${tests.length} tests in ${((Date.now() - started) / 1000).toFixed(1)} s (${JOBS} at a time)`);
log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
