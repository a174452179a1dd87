// Offline after the first visit (the self-learner on a train): the service
// worker precaches every asset, so a reload without a network shows the deck
// and a simulator that was never visited online still loads.
import { assert, assertClean } from './assert.mjs';
import { openPage, gotoDeck } from './harness.mjs';

export const offlineTests = [
  {
    name: 'after the first visit the deck reloads offline and a never-visited simulator loads; the manifest makes it installable',
    async run({ browser, base }) {
      const { page, problems, context } = await openPage(browser);
      await gotoDeck(page, `${base}?lang=en#/title`);
      // Installed and activated = every asset precached.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      const manifest = await page.evaluate(async () => {
        const href = document.querySelector('link[rel="manifest"]')?.getAttribute('href');
        return href ? (await fetch(href)).json() : null;
      });
      assert.ok(manifest, 'the page links a web-app manifest');
      assert.ok(manifest.icons.some((i) => i.sizes === '512x512'), 'with a 512 px icon');
      assert.equal(manifest.display, 'standalone');
      await context.setOffline(true);
      await page.reload();
      await page.waitForFunction(() => window.__deckReady === true, null, { timeout: 15000 });
      assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the service worker serves the page');
      // The last simulator of the deck: its chunk was never fetched online.
      await page.evaluate(() => {
        const sims = document.querySelectorAll('.reveal .slides .sim');
        const slide = sims[sims.length - 1].closest('section:not(.stack)');
        const { h, v } = window.__deck.getIndices(slide);
        window.__deck.slide(h, v);
      });
      await page.waitForFunction(() => {
        const sims = document.querySelectorAll('.reveal .slides .sim');
        return sims[sims.length - 1].getAttribute('data-sim-ready') === 'true';
      }, null, { timeout: 15000 });
      assert.equal(await page.locator('section.present:not(.stack) .sim-error').count(), 0, 'no load error offline');
      await context.setOffline(false);
      assertClean(problems, 'offline');
      await context.close();
    },
  },
];
