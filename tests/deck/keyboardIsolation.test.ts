import { afterEach, describe, expect, it } from 'vitest';
import { isSimControlKey } from '../../src/deck/controllers/keyboardIsolation.ts';

function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const key = (k: string, target: Element | null) => ({ key: k, target });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('isSimControlKey', () => {
  it('isolates navigation keys on a button inside .sim', () => {
    const body = mount('<div class="sim"><button>Go</button></div>');
    const button = body.querySelector('button');
    for (const k of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', ' ', 'Enter', 'PageUp', 'PageDown', 'Home', 'End']) {
      expect(isSimControlKey(key(k, button))).toBe(true);
    }
  });

  it('lets deck shortcuts such as B through from a button inside .sim', () => {
    const button = mount('<div class="sim"><button>Go</button></div>').querySelector('button');
    expect(isSimControlKey(key('b', button))).toBe(false);
  });

  it('isolates every key on text entry and sliders inside .sim', () => {
    const body = mount('<div class="sim"><select><option>a</option></select><input type="range"><div role="slider" tabindex="0"></div></div>');
    expect(isSimControlKey(key('b', body.querySelector('select')))).toBe(true);
    expect(isSimControlKey(key('f', body.querySelector('input')))).toBe(true);
    expect(isSimControlKey(key('ArrowRight', body.querySelector('[role=slider]')))).toBe(true);
  });

  it('does not isolate controls outside .sim (the deck toolbar)', () => {
    const button = mount('<nav><button>EN</button></nav>').querySelector('button');
    expect(isSimControlKey(key('ArrowRight', button))).toBe(false);
  });

  it('does not isolate a key pressed on plain slide text', () => {
    const p = mount('<section><div class="sim"><p>text</p></div></section>').querySelector('p');
    expect(isSimControlKey(key('ArrowRight', p))).toBe(false);
  });
});
