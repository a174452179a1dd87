// One answer per question across simulators (issue #9 item 9): a device has
// one ridge point, I* = P / B at the precision its peak is quoted at, and
// every view that shows it shows that number with the precision named. Where
// a view counts in MAC per byte (the TPU paper's Figures 5–7, Jouppi et al.
// 2017) it shows half the FLOP/B value and says 1 MAC = 2 FLOP.
//
// The views and the devices each offers (checked below, so a view that starts
// offering a device joins the test by failing it):
//   - roofline 图5, LLM operators, and 表5: every device preset;
//   - roofline 图5, TPU-paper view: TPU v1, K80, Haswell (fixed, the paper's three);
//   - operator-fusion 图7: devices with an FP16 peak (not TPU v1, K80, Haswell);
//   - bottleneck-compare 表11: GPUs and SoCs with an FP16 peak (its FP16 baseline);
//   - self-check, "where is the ridge point?": a fixed pool (A100s, H100, …, TPU v1; no Haswell).
// Views round differently (the self-check's answer keeps 4 significant
// digits so a student can check theirs), so a shown number is held to the
// engine's value within its own display precision, and where two views use
// the same formatter the text must be identical.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { deviceRidge, getHardware, type Precision } from '../../src/engine/index.ts';
import { formatNumber, LangContext } from '../../src/i18n/index.ts';
import { SimViewContext } from '../../src/ui/index.ts';
import { forgetPlacements } from '../../src/sims/_protocol/defineSim.tsx';
import BottleneckCompare from '../../src/sims/bottleneck-compare/index.tsx';
import OperatorFusion from '../../src/sims/operator-fusion/index.tsx';
import RooflineSim from '../../src/sims/roofline/index.tsx';
import SelfCheck from '../../src/sims/self-check/index.tsx';
import { generateExercise } from '../../src/sims/self-check/generate.ts';

/** The simulator's chart: an image, or a group when it holds focusable marks (the roofline's points). */
function chartSvg(): HTMLElement {
  const svg = document.querySelector('svg.ui-chart');
  if (!svg) throw new Error('no chart');
  return svg as unknown as HTMLElement;
}

type Lang = 'en' | 'zh';
const show = (ui: React.ReactNode, lang: Lang = 'en', view: 'stage' | 'explore' = 'explore') =>
  render(<LangContext value={lang}><SimViewContext value={view}>{ui}</SimViewContext></LangContext>);
const stat = (label: RegExp | string) => screen.getByText(label, { selector: '.ui-stat-label' }).parentElement as HTMLElement;
const valueText = (el: Element) => (el.querySelector('.ui-stat-value')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const PRECISION_NAME: Readonly<Record<Precision, string>> = { fp32: 'FP32', fp16: 'FP16', bf16: 'BF16', fp8: 'FP8', int8: 'INT8', int4: 'INT4' } as Record<Precision, string>;

/** The numbers before "FLOP/B" and "MAC/B" in a text (thousands separators removed). */
function numberBefore(unit: 'FLOP/B' | 'MAC/B', s: string): number {
  const m = new RegExp(`([\\d,]+(?:\\.\\d+)?)\\s*${unit.replace('/', '\\/')}`).exec(s);
  if (!m) throw new Error(`no ${unit} value in “${s}”`);
  return Number(m[1]!.replace(/,/g, ''));
}
/** `shown` is `value` rounded to the digits it shows (at least 3 significant digits, as formatNumber gives). */
function expectRoundedFrom(shown: number, value: number) {
  expect(Math.abs(shown - value) / value).toBeLessThan(0.005);
}
/** A MAC/B value is half the FLOP/B value shown beside it, within the rounding of both. */
function expectHalf(flop: number, mac: number) {
  expect(Math.abs(mac - flop / 2) / mac).toBeLessThan(0.01);
}
const optionValues = (name: string) => within(screen.getByRole('combobox', { name })).getAllByRole('option').map((o) => (o as HTMLOptionElement).value);

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

const DEVICES = ['a100-80gb-sxm', 'h100-sxm', 'haswell-e5-2699-v3'] as const;

describe.each(DEVICES)('%s: one ridge point in every view that offers the device', (id) => {
  const hw = getHardware(id);
  const r = deviceRidge(hw);
  const prec = PRECISION_NAME[r.precision];
  const flopText = `${formatNumber(r.flopsPerByte)} FLOP/B`;
  const macText = `${formatNumber(r.macsPerByte)} MAC/B`;

  it.each(['en', 'zh'] as const)('roofline 图5 (LLM operators): readout and chart label, precision named, MAC/B = FLOP/B ÷ 2 (%s)', (lang) => {
    show(<RooflineSim preset={{ model: 'llama-2-7b', hardware: id }} />, lang);
    expect(optionValues(lang === 'en' ? 'Hardware' : '硬件')).toContain(id);
    const s = stat(lang === 'en' ? `Ridge point I* (${prec})` : `拐点 I*（${prec}）`);
    const v = valueText(s);
    expect(v).toContain(`${flopText} = ${macText}`);
    expect(v).toContain('1 MAC = 2 FLOP');
    expectHalf(numberBefore('FLOP/B', v), numberBefore('MAC/B', v));
    expect(s.getAttribute('data-derivation-mismatch')).toBeNull();
    const chart = chartSvg();
    expect(within(chart).getByText(lang === 'en' ? `I* = ${flopText} (${prec})` : `I* = ${flopText}（${prec}）`)).toBeInTheDocument();
    expect(chart.getAttribute('aria-label')).toContain(flopText);
  });

  it('roofline 表5: the same readout as the figure', () => {
    show(<RooflineSim preset={{ hardware: id, view: 'table' }} />);
    const v = valueText(stat(`Ridge point I* (${prec})`));
    expect(v).toBe(`${flopText} = ${macText} (1 MAC = 2 FLOP)`);
  });

  it('operator-fusion 图7: the roofline’s ridge with its precision, or the device is not offered', () => {
    const offered = hw.denseFlopsPerSec.fp16 !== undefined;
    show(<OperatorFusion preset={offered ? { hardware: id } : {}} />);
    expect(optionValues('Hardware').includes(id)).toBe(offered);
    if (!offered) return;
    expect(r.precision).toBe('fp16');
    const chart = chartSvg();
    expect(within(chart).getByText(`ridge ${formatNumber(r.flopsPerByte)} (${prec})`)).toBeInTheDocument();
    expect(chart.getAttribute('aria-label')).toContain(`${flopText} (${prec})`);
  });

  it('bottleneck-compare 表11: the ridge readout and the compute row’s signal, or the device is not offered', () => {
    const offered = (hw.kind === 'gpu' || hw.kind === 'soc') && hw.denseFlopsPerSec.fp16 !== undefined;
    show(<BottleneckCompare preset={{ model: 'llama-2-7b', hardware: offered ? id : 'a100-80gb-sxm', tp: '1', view: 'table' }} />);
    expect(optionValues('Device').includes(id)).toBe(offered);
    if (!offered) return;
    const v = valueText(stat(`Ridge point (${prec})`));
    expect(v).toBe(flopText);
    const row = screen.getByRole('rowheader', { name: /Compute/ }).closest('tr') as HTMLElement;
    expect(row.textContent).toContain(`ridge ${formatNumber(r.flopsPerByte)}`);
  });

  it('self-check “where is the ridge point?”: the engine’s answer at the named precision, or the device is never asked about', () => {
    let seed = 0;
    for (let s = 1; s <= 400 && seed === 0; s += 1) {
      const ex = generateExercise('ridge-point', s);
      if (ex.scenario.kind === 'ridge-point' && ex.scenario.device.id === id && ex.scenario.precision === r.precision) seed = s;
    }
    if (id === 'haswell-e5-2699-v3') {
      expect(seed).toBe(0);
      return;
    }
    expect(seed).toBeGreaterThan(0);
    show(<SelfCheck preset={{ kind: 'ridge-point', seed: String(seed) }} />);
    expect(screen.getByText(new RegExp(`ridge point of .* at ${prec}`))).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: 'Your answer' }), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    const v = valueText(stat('The engine’s answer'));
    expectRoundedFrom(numberBefore('FLOP/B', v), r.flopsPerByte);
    const solution = screen.getByRole('region', { name: /Worked solution/ });
    // The derivation names the peak's precision (in the engine's lower case: "dense fp16 peak").
    expect(within(solution).getAllByText(new RegExp(`dense ${prec} peak`, 'i')).length).toBeGreaterThan(0);
  });
});

describe('the TPU paper’s devices: MAC/B in the paper’s view, the same ridge in FLOP/B elsewhere', () => {
  it.each(['tpu-v1', 'k80', 'haswell-e5-2699-v3'] as const)('%s: TPU-paper readout = LLM view ÷ 2, precision named, 1 MAC = 2 FLOP shown', (id) => {
    const r = deviceRidge(getHardware(id));
    const prec = PRECISION_NAME[r.precision];
    const short = { 'tpu-v1': 'TPU', k80: 'K80', 'haswell-e5-2699-v3': 'Haswell' }[id];
    const first = show(<RooflineSim preset={{ scenario: 'tpu-paper' }} />);
    const v = valueText(stat(`${short} ridge (${prec})`));
    expect(v).toBe(`${formatNumber(r.macsPerByte)} MAC/B = ${formatNumber(r.flopsPerByte)} FLOP/B`);
    expectHalf(numberBefore('FLOP/B', v), numberBefore('MAC/B', v));
    expect(screen.getByText('1 MAC = 2 FLOP')).toBeInTheDocument();
    expect(within(chartSvg()).getByText(`${short} I* = ${formatNumber(r.macsPerByte)} MAC/B (${prec})`)).toBeInTheDocument();
    first.unmount();
    localStorage.clear();
    forgetPlacements();
    show(<RooflineSim preset={{ model: 'llama-2-7b', hardware: id }} />);
    const llm = valueText(stat(`Ridge point I* (${prec})`));
    expect(numberBefore('FLOP/B', llm)).toBe(numberBefore('FLOP/B', v));
    expect(numberBefore('MAC/B', llm)).toBe(numberBefore('MAC/B', v));
  });

  it('TPU v1 in the self-check is the TPU-paper view’s ridge in FLOP/B (INT8)', () => {
    const r = deviceRidge(getHardware('tpu-v1'));
    expect(r.precision).toBe('int8');
    let seed = 0;
    for (let s = 1; s <= 200 && seed === 0; s += 1) {
      const ex = generateExercise('ridge-point', s);
      if (ex.scenario.kind === 'ridge-point' && ex.scenario.device.id === 'tpu-v1') seed = s;
    }
    show(<SelfCheck preset={{ kind: 'ridge-point', seed: String(seed) }} />);
    expect(screen.getByText(/ridge point of .* at INT8/)).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: 'Your answer' }), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    const shown = numberBefore('FLOP/B', valueText(stat('The engine’s answer')));
    expectRoundedFrom(shown, r.flopsPerByte);
    expectHalf(shown, r.macsPerByte);
  });
});
