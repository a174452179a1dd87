import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BootScreen } from '../../src/deck/view/BootScreen.tsx';

// index.html paints the start screen before any script runs and React's first render draws BootScreen in its
// place: if the two differ, the screen changes (and may shift) the moment React starts (issue #12 item 1).
const html = readFileSync(join(process.cwd(), 'index.html'), 'utf8');
const boot = new DOMParser().parseFromString(html, 'text/html').querySelector('#root > .boot');

describe('the start screen', () => {
  it('index.html paints one .boot screen with a title and a subtitle', () => {
    expect(boot).not.toBeNull();
    expect(boot?.querySelector('h1')?.textContent?.trim()).toBeTruthy();
  });

  it('React\'s first render draws the same words in the same elements and languages as index.html', () => {
    const { container } = render(<BootScreen failed={false} />);
    const drawn = container.querySelector('.boot');
    for (const sel of ['h1', 'p[lang]']) {
      expect(drawn?.querySelector(sel)?.textContent).toBe(boot?.querySelector(sel)?.textContent?.trim());
      expect(drawn?.querySelector(sel)?.getAttribute('lang')).toBe(boot?.querySelector(sel)?.getAttribute('lang'));
    }
  });

  it('says it failed, as an alert, when the slides could not load', () => {
    const { container } = render(<BootScreen failed />);
    expect(container.querySelector('[role="alert"]')?.textContent).toBeTruthy();
    expect(container.querySelector('[role="status"]')).toBeNull();
  });
});
