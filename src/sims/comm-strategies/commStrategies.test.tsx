import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatSeconds } from '../../ui/index.ts';
import CommStrategies from './index.tsx';
import { evaluate } from '../parallel-timeline/model.ts';
import { PARALLEL_TIMELINE_DEFAULTS as D, useParallelTimeline } from '../parallel-timeline/store.ts';

beforeEach(() => { localStorage.clear(); useParallelTimeline.reset(); });
afterEach(cleanup);
const rowOf = (name: RegExp) => screen.getByRole('rowheader', { name }).closest('tr') as HTMLTableRowElement;

describe('comm-strategies', { timeout: 30000 }, () => {
  it('the INT8 row shows the engine step time with INT8 compression', () => {
    render(<CommStrategies preset={{}} />);
    expect(rowOf(/INT8/).textContent).toContain(formatSeconds(evaluate(D, { compression: 'int8' }).stepSeconds));
  });
  it('switching to prefill updates the INT8 row to the engine prefill time', () => {
    render(<CommStrategies preset={{}} />);
    fireEvent.click(screen.getByRole('radio', { name: /预填充/ }));
    expect(rowOf(/INT8/).textContent).toContain(formatSeconds(evaluate({ ...D, phase: 'prefill' }, { compression: 'int8' }).stepSeconds));
  });
  it('on Ethernet with TCP the RDMA row shows the engine time saved', () => {
    render(<CommStrategies preset={{}} />);
    fireEvent.change(screen.getByRole('combobox', { name: /拓扑/ }), { target: { value: 'ethernet' } });
    fireEvent.click(screen.getByRole('radio', { name: 'TCP' }));
    const s = { ...D, topology: 'ethernet' as const, transport: 'tcp' as const };
    const saved = evaluate(s).stepSeconds - evaluate(s, { transport: 'rdma' }).stepSeconds;
    expect(rowOf(/RDMA instead|TCP 换成 RDMA/).textContent).toContain(formatSeconds(saved));
  });
  it('on NVLink the transport rows leave the table and are listed as not applicable', () => {
    render(<CommStrategies preset={{}} />);
    expect(screen.queryByRole('rowheader', { name: /GPUDirect/ })).toBeNull();
    expect(screen.getByText(/此配置下不适用/).textContent).toContain('GPUDirect');
  });
});
