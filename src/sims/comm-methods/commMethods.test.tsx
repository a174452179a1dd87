import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatSeconds } from '../../ui/index.ts';
import CommMethods from './index.tsx';
import { buildScenario, methodRuns } from './scenario.ts';
import { COMM_METHODS_DEFAULTS, useCommMethods } from './store.ts';

const preset = { model: 'llama-2-70b' };
beforeEach(() => { localStorage.clear(); useCommMethods.reset(); });
afterEach(cleanup);

const stepOf = (patch: Partial<typeof COMM_METHODS_DEFAULTS>) => {
  const r = buildScenario({ ...COMM_METHODS_DEFAULTS, ...patch });
  if (!r.ok) throw new Error('scenario failed');
  return r.value.current;
};

describe('comm-methods figure', { timeout: 30000 }, () => {
  it('shows the engine baseline step time', () => {
    render(<CommMethods preset={preset} />);
    expect(screen.getAllByText(formatSeconds(stepOf({}).stepSeconds)).length).toBeGreaterThan(0);
  });
  it('turning on asynchronous communication shows the engine step time', () => {
    render(<CommMethods preset={preset} />);
    fireEvent.click(screen.getByRole('switch', { name: /异步通信/ }));
    expect(screen.getAllByText(formatSeconds(stepOf({ async: true }).stepSeconds)).length).toBeGreaterThan(0);
  });
  it('choosing INT8 compression shows the engine stall', () => {
    render(<CommMethods preset={preset} />);
    fireEvent.click(screen.getByRole('radio', { name: /INT8/ }));
    expect(screen.getAllByText(formatSeconds(stepOf({ compression: 'int8' }).stallSeconds)).length).toBeGreaterThan(0);
  });
  it('turning on priority shows the engine stall', () => {
    render(<CommMethods preset={preset} />);
    fireEvent.click(screen.getByRole('switch', { name: /优先级/ }));
    expect(screen.getAllByText(formatSeconds(stepOf({ priority: true }).stallSeconds)).length).toBeGreaterThan(0);
  });
  it('an unknown model preset falls back with a notice', () => {
    render(<CommMethods preset={{ model: 'gpt-9' }} />);
    expect(screen.getByText(/model="gpt-9"/)).toBeTruthy();
  });
  it('Reset restores the defaults', () => {
    render(<CommMethods preset={preset} />);
    act(() => useCommMethods.setState({ async: true, tp: 4 }));
    fireEvent.click(document.querySelector('[data-action="sim-reset"]') as HTMLElement);
    expect(useCommMethods.getState().async).toBe(false);
    expect(useCommMethods.getState().tp).toBe(8);
  });
});

describe('comm-methods table (表9)', { timeout: 30000 }, () => {
  it('shows each method’s engine step time', () => {
    render(<CommMethods preset={{ ...preset, view: 'table' }} />);
    const runs = methodRuns(COMM_METHODS_DEFAULTS);
    if (!runs.ok) throw new Error('runs failed');
    for (const r of runs.runs) expect(screen.getAllByText(formatSeconds(r.result.stepSeconds)).length).toBeGreaterThan(0);
  });
});
