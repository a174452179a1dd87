import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getHardware, getModel, offloadFit, offloadTimeline } from '../../engine/index.ts';
import { formatPercent, formatSeconds, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import Offload from './index.tsx';

const story = { model: 'llama-2-13b', hardware: 'rtx-4090' };
const m13 = getModel('llama-2-13b');
const rtx = getHardware('rtx-4090');
const base = { target: 'weights', phase: 'decode', batch: 1, tokens: 512 } as const;
const en = (ui: React.ReactNode, view: 'stage' | 'explore' = 'explore') =>
  render(<LangContext value="en"><SimViewContext value={view}>{ui}</SimViewContext></LangContext>);
const stat = (label: RegExp) => screen.getByText(label, { selector: '.ui-stat-label' }).parentElement as HTMLElement;
const statValue = (label: RegExp) => stat(label).querySelector('.ui-stat-value')?.textContent ?? '';

// The 2-core CI machine renders a full placement (two charts, derivations) in a few seconds at worst.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('offload (explore)', () => {
  it('shows the engine’s step time, and prefetch changes it', () => {
    en(<Offload preset={story} />);
    expect(statValue(/^Step time/)).toBe(formatSeconds(offloadTimeline(m13, rtx, { ...base, fraction: 0.5, prefetch: false }).stepSeconds));
    fireEvent.click(screen.getByRole('switch', { name: /Prefetch/ }));
    expect(statValue(/^Step time/)).toBe(formatSeconds(offloadTimeline(m13, rtx, { ...base, fraction: 0.5, prefetch: true }).stepSeconds));
  });

  it('nothing offloaded shows no change as 0%, never a tiny signed number (Llama-2-7B fits the card without offloading)', () => {
    en(<Offload preset={{ ...story, model: 'llama-2-7b' }} />);
    fireEvent.click(screen.getByRole('button', { name: '0%' }));
    expect(stat(/^Step time/).textContent).toContain('0% vs no offload');
    expect(stat(/^Step time/).textContent).not.toMatch(/×10|▼|▲/);
  });

  it('the share takes percent: typing 30 offloads 30% of the layers', () => {
    en(<Offload preset={story} />);
    const field = screen.getByRole('slider', { name: 'Layers in CPU memory' }).closest('.ui-field') as HTMLElement;
    const box = within(field).getByRole('textbox');
    fireEvent.change(box, { target: { value: '30' } });
    fireEvent.blur(box);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(screen.getByRole('slider', { name: 'Layers in CPU memory' })).toHaveAttribute('aria-valuenow', '30');
    expect(statValue(/^Step time/)).toBe(formatSeconds(offloadTimeline(m13, rtx, { ...base, fraction: 0.3, prefetch: false }).stepSeconds));
  });

  it('the smallest share that fits is offloadFit’s', () => {
    en(<Offload preset={story} />);
    const fit = offloadFit(m13, rtx, { ...base, prefetch: false });
    expect(statValue(/^Smallest share offloaded that fits/)).toBe(formatPercent(fit.fraction as number));
  });

  it('activations are labelled as vDNN’s training form and never make the model fit', () => {
    en(<Offload preset={story} />);
    fireEvent.click(screen.getByRole('radio', { name: /Activations \(vDNN, training\)/ }));
    expect(screen.getByText(/vDNN’s form \(training\)/)).toBeInTheDocument();
    expect(screen.getByText(/GPU memory freed \(from training’s stash\)/)).toBeInTheDocument();
    expect(stat(/^Smallest share offloaded that fits/).textContent).toMatch(/offloading them frees no inference memory/);
  });

  it('every readout’s derivation reproduces it', () => {
    const { container } = en(<Offload preset={story} />);
    fireEvent.click(screen.getByRole('switch', { name: /Prefetch/ }));
    fireEvent.click(screen.getByRole('radio', { name: 'Prefill' }));
    expect(container.querySelectorAll('[data-derivation-mismatch]')).toHaveLength(0);
  });

  it('state saved as a fraction by the old simulator reads back as a percent', () => {
    localStorage.setItem('lio.sim.offload', JSON.stringify({ ...story, link: 'pcie-4-x16', target: 'weights', fraction: 0.25, prefetch: true, phase: 'decode', batch: 1, tokens: 512 }));
    en(<Offload preset={story} />);
    expect(screen.getByRole('slider', { name: 'Layers in CPU memory' })).toHaveAttribute('aria-valuenow', '25');
    expect(screen.getByRole('switch', { name: /Prefetch/ })).toBeChecked();
  });

  it('Reset restores the slide’s preset', () => {
    en(<Offload preset={story} />);
    fireEvent.click(screen.getByRole('switch', { name: /Prefetch/ }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Model' }), { target: { value: 'llama-2-7b' } });
    fireEvent.click(screen.getByRole('button', { name: /Reset/ }));
    expect(screen.getByRole('switch', { name: /Prefetch/ })).not.toBeChecked();
    expect((screen.getByRole('combobox', { name: 'Model' }) as HTMLSelectElement).value).toBe('llama-2-13b');
  });
});

describe('offload on stage', () => {
  it('asks whether the transfer hides before showing the timeline and times; decode on a 4090: it stalls', () => {
    en(<Offload preset={story} />, 'stage');
    expect(screen.getByText(/Llama-2-13B, decode, batch 1, 512 tokens: does moving one layer’s weights over PCIe hide under that layer’s compute\?/)).toBeInTheDocument();
    expect(statValue(/^Step time/)).toBe('?');
    expect(screen.queryByText(/^Transfer per layer/)).not.toBeInTheDocument();
    expect(screen.getByRole('img').getAttribute('aria-label')).not.toMatch(/ms/);
    expect(screen.queryByRole('combobox', { name: 'Model' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /No, it stalls/ }));
    expect(screen.getByText(/✓ Correct/)).toBeInTheDocument();
    expect(statValue(/^Step time/)).toBe(formatSeconds(offloadTimeline(m13, rtx, { ...base, fraction: 0.5, prefetch: false }).stepSeconds));
  });

  it('the question follows the inputs: prefill at batch 64 hides the transfer', () => {
    en(<Offload preset={story} />, 'stage');
    fireEvent.click(screen.getByRole('radio', { name: 'Prefill' }));
    fireEvent.click(screen.getByRole('button', { name: '64' }));
    const tl = offloadTimeline(m13, rtx, { ...base, phase: 'prefill', batch: 64, fraction: 0.5, prefetch: false });
    expect(tl.layerTransferSeconds).toBeLessThanOrEqual(tl.layerComputeSeconds);
    expect(screen.getByText(/Llama-2-13B, prefill, batch 64/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /Yes, it hides/ }));
    expect(screen.getByText(/✓ Correct/)).toBeInTheDocument();
  });
});
