import { useMemo } from 'react';
import { computeStrategies, type StrategyRow } from '../../engine/compute/computeStrategies.ts';
import { EngineError, getHardware, getModel, listHardware, listModels } from '../../engine/index.ts';
import type { SimProps } from '../_protocol/types.ts';
import { formatBytes, formatNumber, formatRatio, formatSeconds, LiveTable, Notice, ResetButton, Select, Slider, Takeaway, useText } from '../../ui/index.ts';
import { BATCH_RANGE, PROMPT_RANGE, setStrategies, useStrategiesStore } from './store.ts';
import { METRIC, STRATEGY, T } from './text.ts';
import './strategies.css';
import { errorText } from '../../i18n/engine/errors.ts';

const MODELS = listModels();
const HARDWARE = listHardware().filter((h) => h.denseFlopsPerSec.fp16 !== undefined);
const isModel = (id: string | undefined): id is string => id !== undefined && MODELS.some((m) => m.id === id);
const isHw = (id: string | undefined): id is string => id !== undefined && HARDWARE.some((h) => h.id === id);

function valueText(row: StrategyRow, v: number | null): string {
  if (v === null) return '—';
  return row.metric === 'throughput' ? `${formatNumber(v)} tokens/s` : formatSeconds(v);
}

/** 表7: live comparison of the section's compute techniques. */
export default function ComputeStrategies({ preset }: SimProps) {
  const { t } = useText();
  const s = useStrategiesStore();
  const modelId = s.model ?? (isModel(preset.model) ? preset.model : 'llama-2-7b');
  const hwId = s.hardware ?? (isHw(preset.hardware) ? preset.hardware : 'a100-80gb-sxm');
  const badPreset = (preset.model !== undefined && !isModel(preset.model)) || (preset.hardware !== undefined && !isHw(preset.hardware));
  const model = getModel(modelId);
  const hw = getHardware(hwId);
  const result = useMemo(() => {
    try {
      return { rows: computeStrategies(model, hw, { batch: s.batch, promptTokens: s.promptTokens }), error: null };
    } catch (e) {
      if (e instanceof EngineError) return { rows: [], error: e };
      throw e;
    }
  }, [model, hw, s.batch, s.promptTokens]);

  const memoryText = (r: StrategyRow): string => {
    const parts: string[] = [];
    if (r.memoryCostBytes !== null) parts.push(r.memoryCostBytes < 0 ? `${t(T.saves)} ${formatBytes(-r.memoryCostBytes, 'GiB')}` : `+${formatBytes(r.memoryCostBytes, 'GiB')}`);
    if (r.extraGpus > 0) parts.push(t(T.gpus(r.extraGpus)));
    return parts.length ? parts.join('; ') : '—';
  };
  const latencyText = (r: StrategyRow): string => {
    if (r.latencyCostRatio === null) return '—';
    return `${t(r.id === 'continuous-batching' ? T.latencyTimes : T.tpotTimes)} ${formatNumber(r.latencyCostRatio)}`;
  };

  return (
    <div className="ui-root cs-root">
      <div className="cs-controls">
        {badPreset && <Notice kind="warning" text={T.presetNotice} />}
        <Select label={T.model} value={modelId} options={MODELS.map((m) => ({ value: m.id, label: m.name }))} onChange={(v) => setStrategies({ model: v })} />
        <Select label={T.hardware} value={hwId} options={HARDWARE.map((h) => ({ value: h.id, label: h.name }))} onChange={(v) => setStrategies({ hardware: v })} />
        <Slider label={T.batch} value={s.batch} min={BATCH_RANGE.min} max={BATCH_RANGE.max} step={1} log stops={[8, 32, 128]} onChange={(v) => setStrategies({ batch: Math.round(v) })} />
        <Slider label={T.prompt} value={s.promptTokens} min={PROMPT_RANGE.min} max={PROMPT_RANGE.max} step={1} log unit="tokens" stops={[512, 2048]} onChange={(v) => setStrategies({ promptTokens: Math.round(v) })} />
        <div data-action="sim-reset" className="cs-reset"><ResetButton onReset={() => useStrategiesStore.reset()} /></div>
      </div>
      {result.error && <Notice kind="error" text={errorText(result.error)} />}
      <LiveTable<StrategyRow>
        caption={T.caption}
        dense
        rows={result.rows}
        rowKey={(r) => r.id}
        columns={[
          { id: 'name', header: T.technique, value: (r) => t(STRATEGY[r.id].name), align: 'start', rowHeader: true },
          { id: 'metric', header: T.speeds, value: (r) => t(METRIC[r.metric]), align: 'start' },
          { id: 'speedup', header: T.speedup, value: (r) => r.speedup ?? -1, format: (v, r) => (r.speedup === null ? t(T.noLink) : formatRatio(Number(v))) },
          { id: 'ba', header: T.beforeAfter, value: (r) => `${valueText(r, r.beforeValue)} → ${valueText(r, r.afterValue)}`, sortable: false },
          { id: 'mem', header: T.memory, value: (r) => memoryText(r), sortable: false },
          { id: 'lat', header: T.latency, value: (r) => latencyText(r), sortable: false },
          { id: 'cx', header: T.complexity, value: (r) => t(STRATEGY[r.id].complexity), align: 'start', sortable: false },
          { id: 'when', header: T.when, value: (r) => t(STRATEGY[r.id].when), align: 'start', sortable: false },
        ]}
      />
      <p className="cs-notes">{t(T.notes)}</p>
      <Takeaway text={T.takeaway} />
    </div>
  );
}
