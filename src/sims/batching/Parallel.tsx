import { useMemo } from 'react';
import { replicasVsTp, type ParallelLayoutRow } from '../../engine/serving/replicasVsTp.ts';
import { formatBytes, formatNumber, formatSeconds, LiveTable, Notice, Segmented, Slider, Stat, useText } from '../../ui/index.ts';
import { CONTEXT_TOKENS, PROMPT_TOKENS, type Scenario } from './scenario.ts';
import { GPU_CHOICES, PER_GPU_RANGE, setBatching, useBatchingStore, type GpuChoice } from './store.ts';
import { T } from './text.ts';

export function useParallel({ model, hw }: Scenario) {
  const { gpus, perGpuBatch } = useBatchingStore();
  return useMemo(
    () => replicasVsTp(model, hw, { gpus: Number(gpus), perGpuBatch, promptTokens: PROMPT_TOKENS, contextTokens: CONTEXT_TOKENS }),
    [model, hw, gpus, perGpuBatch],
  );
}

export function ParallelControls() {
  const { gpus, perGpuBatch } = useBatchingStore();
  return (
    <>
      <Segmented<GpuChoice> label={T.gpus} value={gpus} options={GPU_CHOICES.map((g) => ({ value: g, label: g }))} onChange={(v) => setBatching({ gpus: v })} />
      <Slider label={T.perGpu} value={perGpuBatch} min={PER_GPU_RANGE.min} max={PER_GPU_RANGE.max} step={1} log stops={[1, 8, 32]} onChange={(v) => setBatching({ perGpuBatch: Math.round(v) })} />
    </>
  );
}

export function ParallelChart({ scenario }: { scenario: Scenario }) {
  const { t } = useText();
  const rows = useParallel(scenario);
  return (
    <>
      <LiveTable<ParallelLayoutRow>
        caption={T.parallelCaption}
        rows={rows}
        rowKey={(r) => String(r.tp)}
        columns={[
          { id: 'layout', header: T.layout, value: (r) => t(T.layoutRow(r.tp, r.replicas)), align: 'start', rowHeader: true, sortable: false },
          { id: 'gb', header: T.groupBatch, value: (r) => r.groupBatch },
          { id: 'tpot', header: 'TPOT', value: (r) => r.tpotSeconds, format: (v) => formatSeconds(Number(v)) },
          { id: 'comm', header: T.comm, value: (r) => r.communicationSeconds, format: (v) => formatSeconds(Number(v)) },
          { id: 'tput', header: T.tput, unit: 'tokens/s', value: (r) => r.tokensPerSecond, format: (v) => formatNumber(Number(v)) },
          { id: 'ttft', header: T.ttft, value: (r) => r.ttftSeconds, format: (v) => formatSeconds(Number(v)) },
          { id: 'mem', header: T.memGpu, value: (r) => r.memoryPerGpuBytes, format: (v) => formatBytes(Number(v), 'GiB') },
          { id: 'fits', header: T.fits, value: (r) => t(r.fits ? T.yes : T.no), sortable: false },
        ]}
      />
      {rows.length === 1 && <Notice kind="info" text={T.noTp} />}
    </>
  );
}

export function ParallelOutputs({ scenario }: { scenario: Scenario }) {
  const rows = useParallel(scenario);
  const replicas = rows[0];
  const tp = rows.at(-1);
  if (!replicas || !tp) return null;
  return (
    <>
      <Stat label={{ zh: `TPOT · ${replicas.replicas} 个副本`, en: `TPOT · ${replicas.replicas} replicas` }} value={replicas.tpotSeconds} format={(v) => formatSeconds(v)} />
      <Stat label={{ zh: `TPOT · ${tp.tp} 路张量并行`, en: `TPOT · ${tp.tp}-way TP` }} value={tp.tpotSeconds} format={(v) => formatSeconds(v)} baseline={replicas.tpotSeconds} delta="ratio" baselineLabel={{ zh: '相对副本', en: 'vs replicas' }} emphasis />
      <Stat label={{ zh: `吞吐 · ${replicas.replicas} 个副本`, en: `Throughput · ${replicas.replicas} replicas` }} value={replicas.tokensPerSecond} format={(v) => formatNumber(v)} unit="tokens/s" />
      <Stat label={{ zh: `吞吐 · ${tp.tp} 路张量并行`, en: `Throughput · ${tp.tp}-way TP` }} value={tp.tokensPerSecond} format={(v) => formatNumber(v)} unit="tokens/s" baseline={replicas.tokensPerSecond} delta="ratio" baselineLabel={{ zh: '相对副本', en: 'vs replicas' }} />
    </>
  );
}
