/**
 * 图1: one model on one device; switch optimisations on and watch TTFT,
 * TPOT, throughput, memory per GPU and energy per token move against the
 * unoptimised baseline. Stage: weights, batching, paging and tensor
 * parallelism; the before/after bars, the batch that runs, TPOT (masked
 * until "which single change speeds up decode most?" is answered),
 * throughput and memory. Explore adds model, device, FP8 KV, fused
 * attention, the wanted batch and the workload, TTFT, energy and the
 * activation peak, and the memory bars. Every number is deploymentEstimate's.
 */
import { BeforeAfterBars } from '../../charts/beforeAfter/BeforeAfterBars.tsx';
import type { BeforeAfterRowInput } from '../../charts/beforeAfter/layout.ts';
import { FitBox, roles, StackedBar, tickBytes } from '../../charts/index.ts';
import {
  changeParts, formatBytes, formatChange, formatCount, formatCountUnit, formatNumber, formatPercent, formatRatio, formatSeconds, formatSi, useText,
  type Bilingual,
} from '../../i18n/index.ts';
import { Notice, PredictFirst, Segmented, Select, SimFrame, Slider, Stat, Toggle, usePredictMask } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { deviceOptions, modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { TP_DEGREES, WEIGHT_CHOICES, type Inputs, type WeightChoice } from './inputs.ts';
import { canSplit, compute, SINGLE_CHANGES, type SingleChange } from './scenario.ts';
import { REQUESTS, text } from './text.ts';

const GIB = 2 ** 30;
const ms = (s: number) => formatSeconds(s, 'ms');
const gib = (b: number) => formatBytes(b, 'GiB');
const joules = (j: number) => formatSi(j, 'J');
const WEIGHT_LABELS: Readonly<Record<WeightChoice, string>> = { fp16: 'FP16', int8: 'INT8', 'int4-g128': 'INT4 g128' };
const CHOICE_TEXT: Readonly<Record<SingleChange, Bilingual>> = { int4: text.int4, 'kv-fp8': text.kvFp8Choice, flash: text.flashChoice, paging: text.pagingChoice };
const CHOICE_SHORT: Readonly<Record<SingleChange, Bilingual>> = { int4: text.int4Short, 'kv-fp8': text.kvFp8Short, flash: text.flashShort, paging: text.pagingShort };

export function Figure({ state: s, set, bind, sim, view }: SimViewProps<Inputs>) {
  const { t, lang } = useText();
  const onStage = view === 'stage';
  const masked = usePredictMask();
  const result = useEngine(() => compute(s), [s]);
  const split = result.ok ? canSplit(result.value.hw) : true;

  const controls = (
    <>
      <Segmented<WeightChoice> {...bind('weights')} options={WEIGHT_CHOICES.map((w) => ({ value: w, label: WEIGHT_LABELS[w] }))} />
      <Toggle {...bind('batching')} label={text.batching(s.batch)} />
      <Toggle {...bind('paged')} />
      <Segmented label={text.tp} value={String(split ? s.tp : 1)} disabled={!split}
        options={TP_DEGREES.map((d) => ({ value: String(d), label: String(d) }))} onChange={(v) => set({ tp: Number(v) })} />
      {!split && <p className="ov-hint">{t(text.tpUnavailable)}</p>}
    </>
  );
  const moreControls = (
    <>
      <Select {...bind('modelId')} options={modelOptions()} />
      <Select {...bind('hardwareId')} options={deviceOptions()} />
      <Toggle {...bind('kvFp8')} />
      <Toggle {...bind('flash')} />
      <Slider {...bind('batch')} disabled={!s.batching} format={(n) => formatCountUnit(n, REQUESTS, lang)} />
      <fieldset className="ov-workload">
        <legend className="ui-label">{t(text.workload)}</legend>
        <Slider {...bind('promptTokens')} />
        <Slider {...bind('outputTokens')} />
      </fieldset>
      <SimReset onReset={sim.reset} />
    </>
  );

  if (!result.ok) {
    return <SimFrame controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;
  }
  const r = result.value;
  const { before, after, model, hw } = r;
  const bs = before.serving;
  const as = after.serving;
  const nan = Number.NaN;

  // A deployment that does not fit shows by how much, never a time as if it ran.
  const overBy = (d: typeof before) => d.memory.total - d.memory.usable;
  const same = bs === null && as === null && before.memory.total === after.memory.total;
  const fitNotices = [
    bs === null ? text.notFitting({ which: same ? 'both' : 'baseline', need: gib(before.memory.total), usable: gib(before.memory.usable), over: gib(overBy(before)) }) : null,
    as === null && !same ? text.notFitting({ which: 'optimised', need: gib(after.memory.total), usable: gib(after.memory.usable), over: gib(overBy(after)) }) : null,
  ].filter((x): x is Bilingual => x !== null);
  const notice = fitNotices.length > 0 ? <>{fitNotices.map((n, i) => <Notice key={i} kind="warning" text={n} />)}</> : undefined;

  const reserve = formatCount(after.reservedTokens);
  const requests = (n: number) => formatCountUnit(n, REQUESTS, lang);
  const batchLine = after.batch === 0 ? null
    : after.limitedByMemory
      ? text.batchLimited({ run: requests(after.batch), one: after.batch === 1, wanted: requests(after.requestedBatch), reserve, paged: s.paged, limit: requests(after.batchLimit) })
      : text.batchFits({ run: requests(after.batch), one: after.batch === 1, reserve, limit: requests(after.batchLimit) });

  const perSec = (v: number) => `${formatNumber(v)} ${t(text.tokensPerSec)}`;
  const tpotMask = masked ? t(text.masked) : undefined;
  const rows: BeforeAfterRowInput[] = [
    { id: 'ttft', label: ['TTFT'], before: bs?.ttftSeconds ?? nan, after: as?.ttftSeconds ?? nan, format: ms, better: 'lower' as const },
    { id: 'tpot', label: ['TPOT'], before: bs?.tpotSeconds ?? nan, after: as?.tpotSeconds ?? nan, format: ms, better: 'lower' as const, masked: tpotMask },
    { id: 'throughput', label: [t(text.throughput)], before: bs?.tokensPerSecond ?? nan, after: as?.tokensPerSecond ?? nan, format: perSec, better: 'higher' as const },
    { id: 'memory', label: [t(text.memoryShort)], before: before.memory.total, after: after.memory.total, format: gib, better: 'lower' as const },
    { id: 'energy', label: [t(text.energyShort), `(${t(text.energyNote)})`], before: before.energy?.joulesPerToken ?? nan, after: after.energy?.joulesPerToken ?? nan, format: joules, better: 'lower' as const },
  ];
  // One sign convention: a fall is ▼ −x %, a rise ▲ +x %; throughput, which should rise, as a multiple.
  const changeText = (_factor: number, row: BeforeAfterRowInput) => {
    if (!Number.isFinite(row.before) || !Number.isFinite(row.after) || row.before <= 0) return '—';
    if (row.id === 'throughput') {
      const { arrow } = changeParts(row.after / row.before - 1);
      return arrow === '' ? t(text.same) : `${arrow} ${formatRatio(row.after / row.before)}`;
    }
    const c = formatChange(row.after / row.before - 1);
    return c === '0%' ? t(text.same) : c;
  };
  const compareSummary = rows.map((x) => `${x.label.join(' ')}: ${x.format(x.before)} → ${x.masked ?? x.format(x.after)}`).join('; ');

  const memoryBars = [
    { id: 'before', label: t(text.baseline), d: before },
    { id: 'after', label: t(text.optimised), d: after },
  ].map(({ id, label, d }) => ({
    id, label,
    segments: [
      { id: 'weights', label: t(text.weightsPart), value: d.memory.weights, style: roles.weights },
      { id: 'kv', label: t(text.kvPart), value: d.memory.kv, style: roles.kvCache },
      { id: 'activations', label: t(text.activationsPart), value: d.memory.activations, style: roles.activations },
      { id: 'workspace', label: t(text.workspacePart), value: d.memory.workspace, style: roles.overhead },
    ],
  }));
  const usable = after.memory.usable;

  const chart = (
    <>
      <FitBox defaultWidth={760} defaultHeight={330} minHeight={250} aspect={0.6}>
        {({ width, height }) => (
          <BeforeAfterBars width={width} height={height} label={t(text.compareSummary(compareSummary))} rows={rows}
            legend={{ before: t(text.baseline), after: t(text.optimised) }} changeText={changeText} />
        )}
      </FitBox>
      {batchLine && <p className="ov-batch" role="status">{t(batchLine)}</p>}
      {!onStage && (
        <FitBox defaultWidth={760} defaultHeight={300} minHeight={300} aspect={0.6}>
          {({ width, height }) => (
            <StackedBar width={width} height={height}
              label={t(text.memorySummary({ before: gib(before.memory.total), after: gib(after.memory.total), usable: gib(usable) }))}
              bars={memoryBars}
              capacity={{ value: usable, label: t(text.capacityLabel({ usable: gib(usable), capacity: gib(after.memory.capacity), share: formatPercent(usable / after.memory.capacity) })) }}
              axis={{ title: t(text.memoryAxis), format: tickBytes('GiB'), tickUnit: GIB }}
              valueFormat={gib}
              overflowLabel={(a) => `${t(text.over)} ${gib(a)}`} />
          )}
        </FitBox>
      )}
    </>
  );

  const noTiming = as === null ? text.doesNotFit : undefined;
  const readouts = (
    <>
      <Stat label={onStage ? text.tpotShort : text.tpot} value={as?.tpotSeconds ?? nan} format={ms} baseline={bs?.tpotSeconds} baselineLabel={text.vsBaseline}
        error={noTiming} derivation={r.dTpot ?? undefined} emphasis answers />
      <Stat label={text.throughput} value={as?.tokensPerSecond ?? nan} format={perSec} baseline={bs?.tokensPerSecond} baselineLabel={text.vsBaseline}
        delta="ratio" error={noTiming} derivation={r.dThroughput ?? undefined} />
    </>
  );
  const moreReadouts = (
    <>
      <Stat label={text.memory} value={after.memory.total} format={gib} baseline={before.memory.total} baselineLabel={text.vsBaseline}
        derivation={r.dMemory} quantity={{ bytes: 'GiB' }} />
      <Stat label={text.ttft} value={as?.ttftSeconds ?? nan} format={ms} baseline={bs?.ttftSeconds} baselineLabel={text.vsBaseline}
        error={noTiming} derivation={r.dTtft ?? undefined} />
      <Stat label={text.energy} value={after.energy?.joulesPerToken ?? nan} format={joules} baseline={before.energy?.joulesPerToken} baselineLabel={text.vsBaseline}
        error={noTiming} derivation={after.energy?.derivation} />
      <Stat label={text.activations} value={after.memory.activations} format={(v) => formatBytes(v, 'binary')} derivation={r.dActivations} />
    </>
  );

  const baseTpot = bs?.tpotSeconds ?? nan;
  const best = SINGLE_CHANGES.reduce((a, c) => (r.single[c] < r.single[a] ? c : a), SINGLE_CHANGES[0] as SingleChange);
  const list = text.singleList(SINGLE_CHANGES.map((c) => ({ label: CHOICE_SHORT[c], value: ms(r.single[c]) })));
  const predict = (
    <PredictFirst
      question={text.question({ model: model.name, device: hw.name })}
      choices={SINGLE_CHANGES.map((c) => ({ id: c, label: CHOICE_TEXT[c] }))}
      answerId={best}
      explanation={best === 'int4'
        ? text.explanation({ base: ms(baseTpot), list, weights: gib(before.memory.weights), kv: gib(r.kvOneRequest), best: CHOICE_TEXT[best] })
        : text.explanationOther({ base: ms(baseTpot), list, best: CHOICE_TEXT[best] })}
    />
  );

  return (
    <SimFrame
      controls={controls}
      moreControls={moreControls}
      notice={notice}
      chart={chart}
      readouts={readouts}
      moreReadouts={moreReadouts}
      predict={predict}
      takeaway={text.takeaway}
    />
  );
}
