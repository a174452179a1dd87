import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useSimView } from '../../src/ui/simView.ts';
import { closeExplore, openExplore } from '../../src/sims/_protocol/explore.ts';
import { setLang } from '../../src/i18n/langStore.ts';
import { useLang } from '../../src/i18n/index.ts';
import { choiceInput, numberInput } from '../../src/state/inputs.ts';
import { defineSim, forgetPlacements, type SimViewProps } from '../../src/sims/_protocol/defineSim.tsx';
import {
  SimMount, SimRegistryContext, createSimRegistry, setSlideActivity, simNameOfPath, useSlideActive,
} from '../../src/sims/_protocol/index.ts';

// A tiny simulator on the one simulator shape that exercises the whole
// protocol: a preset from the ::sim attributes, language, slide activity,
// per-placement state with Reset.
const probeInputs = {
  model: choiceInput(['?', 'llama-2-13b', 'x', 'm'], { default: '?', label: { zh: '型号', en: 'model' } }),
  clicks: numberInput({ default: 0, min: 0, max: 1000, label: { zh: '点击', en: 'clicks' } }),
};

function ProbeView({ state, set, sim }: SimViewProps<typeof probeInputs>) {
  const lang = useLang();
  const active = useSlideActive();
  const view = useSimView();
  // State of the view itself (not the store): it must survive explore opening and closing.
  const [answered, setAnswered] = useState(false);
  return (
    <div data-testid={`probe-${view}`}>
      <button type="button" onClick={() => setAnswered(true)}>{answered ? 'answered' : 'answer'}</button>
      <p>{lang === 'zh' ? `型号 ${state.model}` : `model ${state.model}`}</p>
      <p>{active ? 'active' : 'paused'}</p>
      <button type="button" onClick={() => set({ clicks: state.clicks + 1 })}>clicks {state.clicks}</button>
      <button type="button" onClick={sim.reset}>reset</button>
    </div>
  );
}

const Probe = defineSim({ name: 'probe', title: { zh: '探针', en: 'probe' }, version: 1, inputs: probeInputs, presets: { model: 'model' }, views: { default: ProbeView } });

let broken = false;
function Flaky() {
  if (broken) throw new Error('probe exploded');
  return <p>recovered</p>;
}

const registry = createSimRegistry({
  '../probe/index.tsx': () => Promise.resolve({ default: Probe }),
  '../flaky/index.tsx': () => Promise.resolve({ default: Flaky }),
  '../_protocol/index.tsx': () => Promise.resolve({ default: Probe }),
});

function mount(ui: React.ReactNode) {
  return render(<SimRegistryContext value={registry}>{ui}</SimRegistryContext>);
}

afterEach(() => {
  localStorage.clear();
  forgetPlacements();
  setSlideActivity({ mode: 'none', current: null, near: new Set() });
  setLang('zh');
});

describe('simulator registry', () => {
  it('createSimRegistry registers folder names and skips folders starting with _', () => {
    expect(registry.names).toEqual(['flaky', 'probe']);
    expect(simNameOfPath('../_protocol/index.tsx')).toBeUndefined();
    expect(simNameOfPath('../kv-paging/index.tsx')).toBe('kv-paging');
  });
});

describe('SimMount', () => {
  it('SimMount loads the simulator lazily, passes the preset and marks the root ready', async () => {
    const { container } = mount(<SimMount name="probe" preset={{ model: 'llama-2-13b' }} caption="图2 示意图" />);
    const root = container.querySelector('.sim');
    expect(root?.getAttribute('data-sim')).toBe('probe');
    expect(root?.hasAttribute('data-prevent-swipe')).toBe(true);
    expect(await screen.findByText('型号 llama-2-13b')).toBeInTheDocument();
    await waitFor(() => expect(root?.getAttribute('data-sim-ready')).toBe('true'));
    expect(container.querySelector('figcaption')?.textContent).toBe('图2 示意图');
  });

  it('SimMount re-renders the simulator in the new language without remounting', async () => {
    mount(<SimMount name="probe" preset={{ model: 'x' }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'clicks 0' }));
    act(() => setLang('en'));
    expect(screen.getByText('model x')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'clicks 1' })).toBeInTheDocument();
  });

  it('the simulator store survives unmounting (navigating away) and Reset restores defaults', async () => {
    const first = mount(<SimMount name="probe" preset={{}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'clicks 0' }));
    first.unmount();
    mount(<SimMount name="probe" preset={{}} />);
    expect(await screen.findByRole('button', { name: 'clicks 1' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'reset' }));
    expect(screen.getByRole('button', { name: 'clicks 0' })).toBeInTheDocument();
  });

  it('while explore is open the stage copy pauses (shows the state it had, renders no change), keeps its own state, and shows explore\'s changes once explore closes', async () => {
    const { container } = mount(<section><SimMount name="probe" preset={{}} /></section>);
    fireEvent.click(await screen.findByRole('button', { name: 'answer' }));
    act(() => openExplore(container.querySelector('section')!));
    const explore = await screen.findByTestId('probe-explore');
    fireEvent.click(within(explore).getByRole('button', { name: 'clicks 0' }));
    fireEvent.click(within(explore).getByRole('button', { name: 'clicks 1' }));
    // The stage copy under the panel has not rendered the two changes.
    expect(within(screen.getByTestId('probe-stage')).getByRole('button', { name: 'clicks 0' })).toBeInTheDocument();
    act(() => closeExplore());
    await waitFor(() => expect(screen.queryByTestId('probe-explore')).toBeNull());
    const stage = screen.getByTestId('probe-stage');
    expect(within(stage).getByRole('button', { name: 'clicks 2' })).toBeInTheDocument();
    expect(within(stage).getByRole('button', { name: 'answered' })).toBeInTheDocument();
  });

  it('an unknown simulator name shows an alert in the current language', () => {
    mount(<SimMount name="no-such-sim" preset={{}} />);
    expect(screen.getByRole('alert').textContent).toContain('no-such-sim');
    expect(screen.getByRole('alert').textContent).toContain('未找到');
  });

  it('a failing simulator shows a readable alert with Retry, and Retry recovers', async () => {
    broken = true;
    const { container } = mount(<SimMount name="flaky" preset={{}} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('模拟器出错');
    expect(alert.textContent).toContain('probe exploded');
    expect(container.querySelector('.sim')?.hasAttribute('data-sim-ready')).toBe(false);
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('recovered')).toBeInTheDocument();
  });

  it('useSlideActive follows the deck: true on the current slide, false elsewhere', async () => {
    const { container } = mount(
      <section id="s1"><SimMount name="probe" preset={{}} /></section>,
    );
    const slide = container.querySelector('section');
    const other = document.createElement('section');
    expect(await screen.findByText('active')).toBeInTheDocument();
    act(() => setSlideActivity({ mode: 'deck', current: other, near: new Set([other, slide as Element]) }));
    expect(screen.getByText('paused')).toBeInTheDocument();
    act(() => setSlideActivity({ mode: 'deck', current: slide, near: new Set([slide as Element]) }));
    expect(screen.getByText('active')).toBeInTheDocument();
  });

  it('SimMount waits to load a simulator until its slide comes near the current one', async () => {
    const far = document.createElement('section');
    setSlideActivity({ mode: 'deck', current: far, near: new Set([far]) });
    const { container } = mount(<section><SimMount name="probe" preset={{ model: 'm' }} /></section>);
    expect(screen.queryByText('型号 m')).toBeNull();
    expect(screen.getByText('正在加载模拟器…')).toBeInTheDocument();
    const slide = container.querySelector('section') as Element;
    act(() => setSlideActivity({ mode: 'deck', current: far, near: new Set([far, slide]) }));
    expect(await screen.findByText('型号 m')).toBeInTheDocument();
  });
});
