import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { deploymentEstimate, getHardware, getModel } from '../../engine/index.ts';
import { formatNumber, formatSeconds, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import { APPLICATIONS } from './applications.ts';
import ApplicationTable from './index.tsx';
import { applicationRows, optimisedOf } from './rows.ts';

const render2 = (lang: 'zh' | 'en', ui: React.ReactNode, view: 'stage' | 'explore' = 'explore') =>
  render(<LangContext value={lang}><SimViewContext value={view}>{ui}</SimViewContext></LangContext>);
const preset = { model: 'llama-2-13b', hardware: 'a100-80gb-sxm' };
const rowOf = (name: RegExp) => within(screen.getByRole('table')).getAllByRole('row').find((r) => name.test(r.textContent ?? '')) as HTMLElement;
const statValue = (label: RegExp) => {
  const el = screen.getAllByText(label).find((x) => x.classList.contains('ui-stat-label'))!;
  return el.closest('.ui-stat')!.querySelector('.ui-stat-value')!.textContent;
};
const m13 = getModel('llama-2-13b');
const a100 = getHardware('a100-80gb-sxm');

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('application-table in explore', { timeout: 30000 }, () => {
  it('shows the engine TPOT of code completion, baseline → optimised', () => {
    render2('zh', <ApplicationTable preset={preset} />);
    const rows = applicationRows(APPLICATIONS, m13, a100);
    const base = rows.find((r) => r.key === 'code/baseline')!;
    const code = rows.find((r) => r.key === 'code/optimised')!;
    expect(rowOf(/代码补全/).textContent).toContain(`${formatNumber(base.estimate!.serving!.tpotSeconds * 1e3)} → ${formatNumber(code.estimate!.serving!.tpotSeconds * 1e3)}`);
  });

  it('code completion misses its target at baseline and meets it optimised (Llama-2-13B, A100 80GB)', () => {
    render2('zh', <ApplicationTable preset={preset} />);
    expect(rowOf(/代码补全/).textContent).toContain('✗ 未达 → ✓ 达标');
  });

  it('changing the server device recomputes the server rows with the engine', () => {
    render2('zh', <ApplicationTable preset={preset} />);
    fireEvent.change(screen.getByRole('combobox', { name: '服务器设备' }), { target: { value: 'h100-sxm' } });
    const rows = applicationRows(APPLICATIONS, m13, getHardware('h100-sxm'));
    const chat = rows.find((r) => r.key === 'chat/optimised')!;
    expect(rowOf(/聊天助手/).textContent).toContain(`→ ${formatNumber(chat.estimate!.serving!.tokensPerSecond)}`);
  });

  it('the on-device row keeps its own model and device when the server selectors change', () => {
    render2('zh', <ApplicationTable preset={preset} />);
    fireEvent.change(screen.getByRole('combobox', { name: '服务器模型' }), { target: { value: 'llama-2-70b' } });
    expect(rowOf(/端侧助手/).textContent).toContain('Llama-3.2-3B');
    expect(rowOf(/聊天助手/).textContent).toContain('放不下 →');
  });

  it('the readouts follow the chosen application, with the engine’s TPOT and a derivation that reproduces it', () => {
    render2('en', <ApplicationTable preset={preset} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Application in the readouts' }), { target: { value: 'chat' } });
    const chat = APPLICATIONS.find((a) => a.id === 'chat')!;
    const e = deploymentEstimate(m13, a100, optimisedOf(chat, m13, a100));
    expect(statValue(/Optimised TPOT \(Chat assistant\)/)).toBe(formatSeconds(e.serving!.tpotSeconds, 'ms'));
    expect(statValue(/Optimised TTFT \(Chat assistant\)/)).toBe(formatSeconds(e.serving!.ttftSeconds, 'ms'));
    expect(document.querySelector('[data-derivation-mismatch]')).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Show the work' }).length).toBe(5);
    expect(screen.getByText(/A person is waiting/)).toBeInTheDocument();
  });

  it('an unknown preset device is reported and the default used', () => {
    render2('en', <ApplicationTable preset={{ model: 'llama-2-13b', hardware: 'nope' }} />);
    expect(screen.getByText(/hardware="nope"/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('Reset returns to the slide’s preset', () => {
    render2('en', <ApplicationTable preset={preset} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Server device' }), { target: { value: 'h100-sxm' } });
    fireEvent.click(screen.getByRole('button', { name: /Reset/ }));
    expect((screen.getByRole('combobox', { name: 'Server device' }) as HTMLSelectElement).value).toBe('a100-80gb-sxm');
  });
});

describe('application-table on stage', { timeout: 30000 }, () => {
  it('shows all five applications, with memory and energy left for explore', () => {
    render2('en', <ApplicationTable preset={preset} />, 'stage');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(6);
    expect(screen.queryByRole('columnheader', { name: /Energy/ })).not.toBeInTheDocument();
  });

  it('masks the verdicts until “which application misses its target?” is answered', () => {
    render2('en', <ApplicationTable preset={preset} />, 'stage');
    expect(rowOf(/Code completion/).textContent).not.toMatch(/✗/);
    expect(screen.getByText(/At baseline \(FP16, batch 1\), Llama-2-13B on NVIDIA A100/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Code completion' }));
    expect(screen.getByText(/✓ Correct/)).toBeInTheDocument();
    expect(rowOf(/Code completion/).textContent).toContain('✗ → ✓');
  });

  it('the question’s answer follows the device: on an H100 every application meets its target', () => {
    render2('en', <ApplicationTable preset={{ ...preset, hardware: 'h100-sxm' }} />, 'stage');
    fireEvent.click(screen.getByRole('button', { name: 'Reveal' }));
    expect(screen.getByRole('button', { name: /none\s*— ✓ Answer/ })).toBeInTheDocument();
  });
});
