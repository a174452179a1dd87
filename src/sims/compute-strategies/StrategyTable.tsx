/**
 * 表7: each technique's speed-up, what it speeds up, and its costs, computed
 * live. Stage: model, device and the technique whose work is shown; the
 * seven rows with their speed-up, before → after and costs. Explore adds the
 * batch and prompt, complexity, when each helps, and how each row is measured.
 */
import { computeStrategies, getHardware, getModel, memoryBreakdown, strategySpeedupDerivation, type StrategyId, type StrategyRow } from '../../engine/index.ts';
import { formatBytes, formatNumber, formatRatio, formatSeconds, useText } from '../../i18n/index.ts';
import { LiveTable, Notice, Select, SimFrame, Slider, Stat, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { deviceOptions, modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { STRATEGY_IDS, type Inputs } from './inputs.ts';
import { MEASURED_ON, METRIC_TEXT, STRATEGY_TEXT, text } from './text.ts';

/** Output tokens computeStrategies assumes (its default): decode rows run at the prompt plus half of them. */
const OUTPUT_TOKENS = 256;
const tokensPerSecond = (v: number) => `${formatNumber(v)} tokens/s`;
const valueText = (row: StrategyRow, v: number | null): string => {
  if (v === null) return '—';
  return row.metric === 'throughput' ? tokensPerSecond(v) : formatSeconds(v);
};

export function StrategyTable({ state: s, bind, sim, view }: SimViewProps<Inputs>) {
  const { t } = useText();
  const onStage = view === 'stage';
  const result = useEngine(() => {
    const model = getModel(s.modelId);
    const hw = getHardware(s.hardwareId);
    const rows = computeStrategies(model, hw, { batch: s.batch, promptTokens: s.promptTokens });
    const chosen = rows.find((r) => r.id === s.explain) ?? rows[0]!;
    // A row whose configuration does not fit one GPU's memory shows "does not fit" and by how much, never a time
    // or throughput: one request at the prompt plus half the output (every row), the batching row's batch,
    // and the 8 requests of the continuous-batching stream and the pipeline (their longest: 512 + 256 tokens).
    const ctx = s.promptTokens + OUTPUT_TOKENS / 2;
    const one = memoryBreakdown(model, hw, { batch: 1, tokens: ctx });
    const batched = memoryBreakdown(model, hw, { batch: s.batch, tokens: ctx });
    const eight = memoryBreakdown(model, hw, { batch: 8, tokens: Math.max(ctx, 768) });
    const memoryOf = (id: StrategyId) => (!one.fits ? one : id === 'batching' ? batched : id === 'continuous-batching' || id === 'task-pipeline' ? eight : one);
    return { model, hw, rows, chosen, one, memoryOf, derivation: strategySpeedupDerivation(chosen) };
  }, [s.modelId, s.hardwareId, s.batch, s.promptTokens, s.explain]);

  const explainOptions = STRATEGY_IDS.map((id) => ({ value: id, label: STRATEGY_TEXT[id].name }));
  const controls = (
    <>
      <Select {...bind('modelId')} options={modelOptions()} />
      <Select {...bind('hardwareId')} options={deviceOptions(sim.specs.hardwareId.options())} />
      <Select {...bind('explain')} options={explainOptions} />
    </>
  );
  const moreControls = (
    <>
      <Slider {...bind('batch')} />
      <Slider {...bind('promptTokens')} />
      <SimReset onReset={sim.reset} />
    </>
  );
  if (!result.ok) {
    return <SimFrame stage="top" controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;
  }
  const { rows, chosen, derivation, one, memoryOf, model, hw } = result.value;
  const over = (id: StrategyId) => {
    const m = memoryOf(id);
    return m.fits ? null : formatBytes(m.total - m.usable, 'GiB');
  };
  const noFit = (id: StrategyId) => {
    const o = over(id);
    return o === null ? null : t(text.noFitCell(o));
  };

  const memoryText = (r: StrategyRow): string => {
    const parts: string[] = [];
    if (r.memoryCostBytes !== null) parts.push(r.memoryCostBytes < 0 ? t(text.saves(formatBytes(-r.memoryCostBytes, 'GiB'))) : `+${formatBytes(r.memoryCostBytes, 'GiB')}`);
    if (r.extraGpus > 0) parts.push(t(text.gpus(r.extraGpus)));
    return parts.length > 0 ? parts.join('; ') : '—';
  };
  const latencyText = (r: StrategyRow): string => {
    if (r.latencyCostRatio === null) return '—';
    if (over(r.id) !== null) return '—';
    const ratio = formatRatio(r.latencyCostRatio);
    return t(r.id === 'continuous-batching' ? text.latencyTimes(ratio) : text.tpotTimes(ratio));
  };
  const columns: TableColumn<StrategyRow>[] = [
    { id: 'name', header: text.technique, value: (r) => t(STRATEGY_TEXT[r.id].name), align: 'start', rowHeader: true },
    { id: 'measured', header: text.measuredOn, value: (r) => t(MEASURED_ON[r.id]), align: 'start', sortable: false },
    { id: 'speedup', header: text.speedup, value: (r) => (over(r.id) !== null ? -1 : r.speedup ?? -1),
      format: (v, r) => noFit(r.id) ?? (r.speedup === null ? t(text.noLink) : formatRatio(Number(v))) },
    ...(onStage ? [] : [{ id: 'ba', header: text.beforeAfter, value: (r: StrategyRow) => noFit(r.id) ?? `${valueText(r, r.beforeValue)} → ${valueText(r, r.afterValue)}`, sortable: false }]),
    { id: 'mem', header: text.memory, value: (r) => memoryText(r), sortable: false },
    { id: 'lat', header: text.latency, value: (r) => latencyText(r), sortable: false },
    ...(onStage ? [] : [
      { id: 'cx', header: text.complexity, value: (r: StrategyRow) => t(STRATEGY_TEXT[r.id].complexity), align: 'start' as const, sortable: false },
      { id: 'when', header: text.when, value: (r: StrategyRow) => t(STRATEGY_TEXT[r.id].when), align: 'start' as const, sortable: false },
    ]),
  ];
  const chart = (
    <>
      <LiveTable caption={text.caption} columns={columns} rows={rows} rowKey={(r) => r.id} highlightKey={s.explain} dense />
      {!one.fits && <Notice kind="warning" text={text.noFit({ model: model.name, device: hw.name, needs: formatBytes(one.total, 'GiB'), usable: formatBytes(one.usable, 'GiB'), over: formatBytes(one.total - one.usable, 'GiB') })} />}
      {onStage && <p className="cs-note">{t(text.stageNote)}</p>}
    </>
  );
  const readouts = (
    <Stat
      label={text.speedupOf(STRATEGY_TEXT[chosen.id].name, METRIC_TEXT[chosen.metric])}
      value={over(chosen.id) === null ? chosen.speedup ?? Number.NaN : Number.NaN}
      format={formatRatio}
      derivation={over(chosen.id) === null ? derivation ?? undefined : undefined}
      error={over(chosen.id) !== null ? text.noFitCell(over(chosen.id)!) : chosen.speedup === null ? text.noLink : undefined}
      emphasis
    />
  );
  return (
    <SimFrame
      stage="top"
      controls={controls}
      moreControls={moreControls}
      chart={chart}
      readouts={readouts}
      takeaway={text.takeaway}
      details={<p className="cs-note">{t(text.notes)}</p>}
    />
  );
}
