import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { busBandwidth, collectiveCost, getInterconnect, tensorParallelCommTime } from '../../engine/index.ts';
import { formatBandwidth, formatBytes, formatSeconds, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import AllReduce from './index.tsx';
import { answerOf, collectiveParams, crossover, doubledBandwidth, tableRows } from './scenario.ts';

const preset = { ranks: '8', link: 'nvlink-3' };
const ring = (ranks: number, linkId: string, bytes = 128 * 1024) => collectiveParams('ring', ranks, getInterconnect(linkId), bytes);
const ringSeconds = (ranks: number, linkId: string, bytes = 128 * 1024) => collectiveCost(ring(ranks, linkId, bytes)).seconds;
const show = (ui: React.ReactNode, view: 'stage' | 'explore' = 'explore', lang: 'zh' | 'en' = 'en') =>
  render(<LangContext value={lang}><SimViewContext value={view}>{ui}</SimViewContext></LangContext>);
const statOf = (label: RegExp) => screen.getByText(label).closest('.ui-stat') as HTMLElement;
const table = { decode: { linkId: 'nvlink-3', hardwareId: 'a100-80gb-sxm', batch: 8, promptTokens: 1024, tablePhase: 'decode' as const } };

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('allreduce figure (explore)', { timeout: 30000 }, () => {
  it('shows the engine ring time and bus bandwidth for the story preset', () => {
    show(<AllReduce preset={preset} />);
    const t = ringSeconds(8, 'nvlink-3');
    expect(within(statOf(/^Ring all-reduce time/)).getByText(formatSeconds(t))).toBeTruthy();
    expect(within(statOf(/^Bus bandwidth \(ring\)/)).getByText(formatBandwidth(busBandwidth('all-reduce', 8, 128 * 1024, t)))).toBeTruthy();
  });
  it('changing the link to 100 GbE recomputes the ring time', () => {
    show(<AllReduce preset={preset} />);
    fireEvent.change(screen.getByRole('combobox', { name: /Link/ }), { target: { value: 'eth-100g' } });
    expect(within(statOf(/^Ring all-reduce time/)).getByText(formatSeconds(ringSeconds(8, 'eth-100g')))).toBeTruthy();
  });
  it('the link list shows each preset’s bandwidth in GB/s (NVLink 3: 300 GB/s)', () => {
    show(<AllReduce preset={preset} />);
    const option = screen.getByRole('option', { name: /NVLink 3/ });
    expect(option.textContent).toContain(formatBandwidth(getInterconnect('nvlink-3').bandwidthBytesPerSecPerDirection));
    expect(option.textContent).toContain('300 GB/s');
  });
  it('the 64-rank stop recomputes the ring time and the crossover', () => {
    show(<AllReduce preset={preset} />);
    fireEvent.click(screen.getByRole('button', { name: '64' }));
    expect(within(statOf(/^Ring all-reduce time/)).getByText(formatSeconds(ringSeconds(64, 'nvlink-3')))).toBeTruthy();
    expect(within(statOf(/^Crossover n\*/)).getByText(formatBytes(crossover(64, getInterconnect('nvlink-3')), 'binary'))).toBeTruthy();
  });
  it('the ring view steps forward with the Next button', () => {
    show(<AllReduce preset={preset} />);
    fireEvent.click(screen.getByRole('radio', { name: /Ring steps/ }));
    fireEvent.click(screen.getByRole('button', { name: /Next step/ }));
    expect(screen.getByText('1/14')).toBeTruthy();
  });
  it('an invalid ranks preset is reported and the declared default is used', () => {
    show(<AllReduce preset={{ ranks: 'lots', link: 'nvlink-3' }} />);
    expect(screen.getByText(/ranks="lots"/)).toBeTruthy();
    expect(screen.getByRole('slider', { name: /Ranks/ })).toHaveAttribute('aria-valuenow', '8');
  });
  it('Reset restores the preset', () => {
    show(<AllReduce preset={{ ranks: '16', link: 'nvlink-3' }} />);
    fireEvent.click(screen.getByRole('button', { name: '64' }));
    fireEvent.click(screen.getByRole('button', { name: /Reset/ }));
    expect(screen.getByRole('slider', { name: /Ranks/ })).toHaveAttribute('aria-valuenow', '16');
  });
  it('a message size typed in the field is read out', () => {
    show(<AllReduce preset={preset} />);
    fireEvent.click(screen.getByRole('button', { name: '1 MiB' }));
    expect(within(statOf(/^Ring all-reduce time/)).getByText(formatSeconds(ringSeconds(8, 'nvlink-3', 2 ** 20)))).toBeTruthy();
  });
});

describe('allreduce figure on stage', { timeout: 30000 }, () => {
  it('asks about twice the bandwidth with the chosen link and masks the answer until it is opened', () => {
    show(<AllReduce preset={preset} />, 'stage');
    expect(screen.getByText(/Double the bandwidth of NVLink 3 \(A100\): does a 128 KiB all-reduce on 8 GPUs/)).toBeTruthy();
    expect(within(statOf(/^With twice the link bandwidth/)).getByText('?')).toBeTruthy();
    expect(within(statOf(/^Crossover n\*/)).getByText('?')).toBeTruthy();
    const doubled = collectiveCost(doubledBandwidth(ring(8, 'nvlink-3'))).seconds;
    const answer = answerOf(doubled / ringSeconds(8, 'nvlink-3'));
    expect(answer).toBe('none');
    fireEvent.click(screen.getByRole('button', { name: 'Hardly changes' }));
    expect(screen.getByText(/✓ Correct/)).toBeTruthy();
    expect(within(statOf(/^With twice the link bandwidth/)).getByText(formatSeconds(doubled))).toBeTruthy();
  });
  it('the question follows the link: on 100 GbE a 1 GiB message is bandwidth-bound', () => {
    show(<AllReduce preset={{ ...preset, link: 'eth-100g' }} />, 'stage');
    expect(screen.getByText(/Double the bandwidth of 100 GbE Ethernet/)).toBeTruthy();
  });
  it('shows only the story’s controls on stage; explore has the algorithms', () => {
    show(<AllReduce preset={preset} />, 'stage');
    expect(screen.queryByRole('switch', { name: /Recursive doubling/ })).toBeNull();
    expect(screen.getByRole('radiogroup', { name: 'Chart' })).toBeTruthy();
  });
  it('Chinese stage text has no English parser words', () => {
    show(<AllReduce preset={preset} />, 'stage', 'zh');
    expect(screen.getByText(/把 NVLink 3（A100） 的带宽翻倍/)).toBeTruthy();
  });
});

describe('allreduce table (表8)', { timeout: 30000 }, () => {
  it('shows the engine TP=8 decode comm time for Llama-2-70B, highlighted and read out', () => {
    show(<AllReduce preset={{ ...preset, view: 'table' }} />);
    const row = tableRows(table.decode, ['llama-2-70b'])[0]!;
    const tr = screen.getByRole('row', { current: true });
    expect(tr.textContent).toContain('Llama-2-70B');
    expect(tr.textContent).toContain(formatSeconds(row.cells[2]!.commSeconds));
    const link = getInterconnect('nvlink-3');
    const comm = tensorParallelCommTime({ batch: 8, tokens: 1, hidden: 8192, layers: 80, tp: 8, bytesPerElement: 2, latency: link.latencySeconds.default, bandwidth: link.bandwidthBytesPerSecPerDirection }).seconds;
    expect(within(statOf(/Llama-2-70B, TP=8 comm/)).getByText(formatSeconds(comm))).toBeTruthy();
  });
  it('switching to prefill recomputes the compute column', () => {
    show(<AllReduce preset={{ ...preset, view: 'table' }} />);
    fireEvent.click(screen.getByRole('radio', { name: /One prefill/ }));
    const row = tableRows({ ...table.decode, tablePhase: 'prefill' }, ['llama-2-7b'])[0]!;
    const tr = screen.getAllByRole('row').find((r) => /Llama-2-7B/.test(r.textContent ?? '')) as HTMLElement;
    expect(tr.textContent).toContain(formatSeconds(row.cells[0]!.computeSeconds));
  });
  it('shows six story rows on stage', () => {
    show(<AllReduce preset={{ ...preset, view: 'table' }} />, 'stage');
    expect(screen.getAllByRole('row')).toHaveLength(7);
  });
});
