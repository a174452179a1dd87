// Lighthouse (issue #12 item 1): desktop and mobile, both languages, against
// the built site served locally, in Debian's Chromium, unthrottled (this
// machine as it is: throttlingMethod 'provided'). Reports the four category
// scores and the cumulative layout shift of each run, and the median of three
// runs per configuration. Run `npm run build` first, then
// `npm run bench:lighthouse`. A benchmark, not a test: it prints numbers.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { serveDist } from '../tests/browser/harness.mjs';

const RUNS = Number(process.env.LH_RUNS ?? 3);
const server = await serveDist();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

const unthrottled = { throttlingMethod: 'provided', throttling: { rttMs: 0, throughputKbps: 0, cpuSlowdownMultiplier: 1, requestLatencyMs: 0, downloadThroughputKbps: 0, uploadThroughputKbps: 0 } };
const configs = {
  desktop: { ...desktopConfig, settings: { ...desktopConfig.settings, ...unthrottled } },
  mobile: { extends: 'lighthouse:default', settings: { formFactor: 'mobile', ...unthrottled } },
};

const rows = [];
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [form, config] of Object.entries(configs)) {
  for (const lang of ['zh', 'en']) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) {
      const result = await lighthouse(`${server.url}?lang=${lang}`, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
      const { categories, audits } = result.lhr;
      runs.push({
        performance: Math.round(categories.performance.score * 100),
        accessibility: Math.round(categories.accessibility.score * 100),
        'best practices': Math.round(categories['best-practices'].score * 100),
        seo: Math.round(categories.seo.score * 100),
        cls: audits['cumulative-layout-shift'].numericValue,
        fcp: audits['first-contentful-paint'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
        failing: Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable').map((a) => a.id),
      });
    }
    const pick = (k) => med(runs.map((r) => r[k]));
    rows.push({
      run: `${form} ${lang}`,
      performance: pick('performance'), accessibility: pick('accessibility'), 'best practices': pick('best practices'), seo: pick('seo'),
      CLS: pick('cls').toFixed(3), 'FCP ms': pick('fcp').toFixed(0), 'LCP ms': pick('lcp').toFixed(0), 'TBT ms': pick('tbt').toFixed(0),
      'every run': runs.map((r) => `${r.performance}/${r.accessibility}/${r['best practices']}`).join(' '),
    });
    const failing = [...new Set(runs.flatMap((r) => r.failing))];
    if (failing.length) console.log(`${form} ${lang}: audits below full marks in some run: ${failing.join(', ')}`);
  }
}
await chrome.kill();
await server.close();
console.log(`Lighthouse 12.2.3, unthrottled, median of ${RUNS} runs (budgets: desktop performance ≥ 95, mobile ≥ 90, accessibility ≥ 98, best practices 100, CLS ≤ 0.05):`);
console.table(rows);
