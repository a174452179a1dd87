// The browser suite: drives Debian's Chromium (playwright-core) against the
// built site (dist/, built by `npm run build`), served under a sub-path.
// Usage: node tests/browser/run.mjs [name-filter]
import { existsSync } from 'node:fs';
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
import { a11yTests } from './a11y.spec.mjs';
import { soakTests } from './soak.spec.mjs';

if (!existsSync(`${DIST}/index.html`)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const filter = process.argv[2] ?? '';
const tests = [...deckTests, ...simTests, ...stageTests, ...offlineTests, ...speakerTests, ...searchTests, ...readingTests, ...shareTests, ...progressTests, ...exportTests, ...cspTests, ...hostileTests, ...a11yTests, ...soakTests].filter((t) => t.name.includes(filter));
const server = await serveDist();
const browser = await launchChromium();
let passed = 0;
let failed = 0;
const started = Date.now();
for (const t of tests) {
  const t0 = Date.now();
  try {
    await t.run({ browser, base: server.url });
    passed += 1;
    console.log(`  ✓ ${t.name} (${Date.now() - t0} ms)`);
  } catch (err) {
    failed += 1;
    console.log(`  ✗ ${t.name}\n    ${String(err?.stack ?? err).split('\n').slice(0, 6).join('\n    ')}`);
  }
}
await browser.close();
await server.close();
console.log(`\nbrowser suite: ${tests.length} tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
