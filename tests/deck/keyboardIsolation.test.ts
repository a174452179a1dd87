import { afterEach, describe, expect, it } from 'vitest';
import { isSimControlKey } from '../../src/deck/controllers/keyboardIsolation.ts';
import { deckMayTakeKey } from '../../src/deck/reveal/revealConfig.ts';

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
    for (const k of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', ' ', 'Enter', 'Home', 'End']) {
      expect(isSimControlKey(key(k, button))).toBe(true);
    }
  });

  it('always gives PageDown and PageUp (the clicker) to the deck, whatever has focus', () => {
    const body = mount('<div class="sim"><button>Go</button><input type="range"><select><option>a</option></select><input type="text"><textarea></textarea></div><div class="sim-explore"><button>x</button></div>');
    for (const el of body.querySelectorAll('button, input, select, textarea')) {
      expect(isSimControlKey(key('PageDown', el))).toBe(false);
      expect(isSimControlKey(key('PageUp', el))).toBe(false);
    }
  });

  it('gives B (blackout) to the deck unless a text field has focus', () => {
    const body = mount('<div class="sim"><button>Go</button><input type="range"><select><option>a</option></select><input type="text" id="t"><textarea></textarea></div>');
    expect(isSimControlKey(key('b', body.querySelector('button')))).toBe(false);
    expect(isSimControlKey(key('b', body.querySelector('input[type=range]')))).toBe(false);
    expect(isSimControlKey(key('B', body.querySelector('select')))).toBe(false);
    expect(isSimControlKey(key('b', body.querySelector('#t')))).toBe(true);
    expect(isSimControlKey(key('b', body.querySelector('textarea')))).toBe(true);
  });

  it('gives Z (explore) to the deck unless a text field has focus', () => {
    const body = mount('<div class="sim"><button>Go</button><input type="range"><select><option>a</option></select><input type="checkbox"><input type="text" id="t"><textarea></textarea></div>');
    for (const sel of ['button', 'input[type=range]', 'select', 'input[type=checkbox]']) expect(isSimControlKey(key('z', body.querySelector(sel)))).toBe(false);
    expect(isSimControlKey(key('Z', body.querySelector('input[type=range]')))).toBe(false);
    expect(isSimControlKey(key('z', body.querySelector('#t')))).toBe(true);
    expect(isSimControlKey(key('z', body.querySelector('textarea')))).toBe(true);
  });

  it('isolates controls in the explore panel like controls on the slide', () => {
    const button = mount('<div class="sim-explore"><button>Go</button></div>').querySelector('button');
    expect(isSimControlKey(key('ArrowRight', button))).toBe(true);
  });

  it('lets deck shortcuts such as B through from a button inside .sim', () => {
    const button = mount('<div class="sim"><button>Go</button></div>').querySelector('button');
    expect(isSimControlKey(key('b', button))).toBe(false);
  });

  it('isolates every other key on text entry, selects and sliders inside .sim', () => {
    const body = mount('<div class="sim"><select><option>a</option></select><input type="range"><div role="slider" tabindex="0"></div></div>');
    expect(isSimControlKey(key('x', body.querySelector('select')))).toBe(true);
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

describe('deckMayTakeKey', () => {
  it('deckMayTakeKey takes the clicker’s PageDown from a focused slider and gives the focus back (reveal.js ignores keys while an input has focus)', () => {
    const body = mount('<div class="sim"><input type="range" id="r"><input type="text" id="t"></div>');
    for (const id of ['r', 't']) {
      const input = body.querySelector<HTMLInputElement>(`#${id}`)!;
      input.focus();
      expect(document.activeElement).toBe(input);
      expect(deckMayTakeKey(new KeyboardEvent('keydown', { key: 'PageDown' }))).toBe(true);
      expect(document.activeElement).not.toBe(input);
    }
    const range = body.querySelector<HTMLInputElement>('#r')!;
    range.focus();
    deckMayTakeKey(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    expect(document.activeElement).toBe(range);
  });
});
