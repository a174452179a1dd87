// Export from the explore view: charts as SVG and PNG, tables as CSV (UTF-8
// with a BOM), in the current language, named after the figure, simulator,
// model, device and settings — each file parsed back.
import { readFile } from 'node:fs/promises';
import { assert, assertClean } from './assert.mjs';
import { openPage, gotoDeck } from './harness.mjs';
import { placementsInPage, showPlacement } from './stageFit.mjs';

async function download(page, trigger) {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

function parseCsv(text) {
  const rows = [];
  for (const line of text.split('\r\n').filter(Boolean)) {
    const cells = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i += 1) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') { cur += '"'; i += 1; } else if (ch === '"') quoted = false; else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') { cells.push(cur); cur = ''; } else cur += ch;
    }
    cells.push(cur);
    rows.push(cells);
  }
  return rows;
}

export const exportTests = [
  {
    name: 'explore exports a chart as SVG and PNG and a table as CSV with a BOM, in Chinese, named after the settings',
    async run({ browser, base }) {
      const { page, problems, context } = await openPage(browser);
      await gotoDeck(page, `${base}?lang=zh#/title`);
      await page.evaluate(() => window.__deck.configure({ transition: 'none' }));
      const placements = await page.evaluate(placementsInPage);
      await showPlacement(page, placements.find((p) => p.name === 'memory-budget'));
      await page.keyboard.press('z');
      const panel = page.locator('.sim-explore');
      await panel.waitFor();
      await panel.locator('[data-action="sim-export"]').click();
      const svg = await download(page, () => panel.locator('[data-export="svg"]').first().click());
      assert.match(svg.name, /^图2_memory-budget_llama-2-13b_rtx-4090_.*\.svg$/, svg.name);
      const svgText = svg.bytes.toString('utf8');
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return { root: doc.documentElement.nodeName, error: doc.querySelector('parsererror') !== null, title: doc.querySelector('title')?.textContent ?? '', texts: doc.querySelectorAll('text').length };
      }, svgText);
      assert.equal(parsed.root, 'svg');
      assert.equal(parsed.error, false, 'the SVG parses');
      assert.match(parsed.title, /每张 GPU/, 'its title is the chart summary in Chinese');
      assert.ok(parsed.texts > 3, 'with its labels');
      const png = await download(page, () => panel.locator('[data-export="png"]').first().click());
      assert.match(png.name, /\.png$/);
      assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
      assert.ok(png.bytes.length > 2000, `a PNG with content (${png.bytes.length} bytes)`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });

      await showPlacement(page, placements.find((p) => p.name === 'memory-budget' && p.v === 2) ?? placements.filter((p) => p.name === 'memory-budget')[1]);
      await page.keyboard.press('z');
      await panel.waitFor();
      await panel.locator('[data-action="sim-export"]').click();
      const csv = await download(page, () => panel.locator('[data-export="csv"]').first().click());
      assert.match(csv.name, /^表2_memory-budget_.*\.csv$/, csv.name);
      assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark');
      const rows = parseCsv(csv.bytes.toString('utf8').slice(1));
      assert.match(rows[0][0], /模型/, 'the header is in Chinese');
      assert.ok(rows.length > 15, `every model (${rows.length} rows)`);
      assert.ok(rows.every((r) => r.length === rows[0].length), 'every row has every column');
      assert.ok(rows.some((r) => r[0].includes('Llama-2-13B')));
      assertClean(problems, 'export');
      await context.close();
    },
  },
];
