import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getHardware, getModel } from '../../engine/index.ts';
import { formatNumber } from '../../ui/index.ts';
import { APPLICATIONS } from './applications.ts';
import ApplicationTable from './index.tsx';
import { applicationRows } from './rows.ts';
import { useApplicationTableStore } from './store.ts';

const preset = { model: 'llama-2-13b', hardware: 'a100-80gb-sxm' };
const rowOf = (name: RegExp) => screen.getAllByRole('row').find((r) => name.test(r.textContent ?? '')) as HTMLElement;

beforeEach(() => useApplicationTableStore.reset());
afterEach(cleanup);

describe('application-table', () => {
  it('shows the engine TPOT of the optimised code-completion row', () => {
    render(<ApplicationTable preset={preset} />);
    const rows = applicationRows(APPLICATIONS, getModel('llama-2-13b'), getHardware('a100-80gb-sxm'));
    const base = rows.find((r) => r.key === 'code/baseline')!;
    const code = rows.find((r) => r.key === 'code/optimised')!;
    expect(rowOf(/代码补全/).textContent).toContain(`${formatNumber(base.estimate!.serving!.tpotSeconds * 1e3)} → ${formatNumber(code.estimate!.serving!.tpotSeconds * 1e3)}`);
  });

  it('code completion misses its target at baseline and meets it optimised (Llama-2-13B, A100 80GB)', () => {
    render(<ApplicationTable preset={preset} />);
    expect(rowOf(/代码补全/).textContent).toContain('✗ 未达 → ✓ 达标');
  });

  it('changing the server device recomputes the server rows with the engine', () => {
    render(<ApplicationTable preset={preset} />);
    fireEvent.change(screen.getByLabelText('服务器设备'), { target: { value: 'h100-sxm' } });
    const rows = applicationRows(APPLICATIONS, getModel('llama-2-13b'), getHardware('h100-sxm'));
    const chat = rows.find((r) => r.key === 'chat/optimised')!;
    expect(rowOf(/聊天助手/).textContent).toContain(`→ ${formatNumber(chat.estimate!.serving!.tokensPerSecond)}`);
  });

  it('the on-device row keeps its own model and device when the server selectors change', () => {
    render(<ApplicationTable preset={preset} />);
    fireEvent.change(screen.getByLabelText('服务器模型'), { target: { value: 'llama-2-70b' } });
    expect(rowOf(/端侧助手/).textContent).toContain('Llama-3.2-3B');
    expect(rowOf(/聊天助手/).textContent).toContain('装不下 →');
  });

  it('picking an application shows its rationale', () => {
    render(<ApplicationTable preset={preset} />);
    fireEvent.click(screen.getByRole('radio', { name: /离线批处理/ }));
    expect(screen.getByText(/没有人在等/)).toBeTruthy();
  });

  it('an unknown preset device falls back to the default with a notice', () => {
    render(<ApplicationTable preset={{ model: 'llama-2-13b', hardware: 'nope' }} />);
    expect(screen.getByText(/nope/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });
});
