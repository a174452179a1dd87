import type { ReactNode } from 'react';
import type { SimProps } from '../_protocol/types.ts';
import { Notice, PredictFirst, ResetButton, Segmented, Select, SimLayout } from '../../ui/index.ts';
import { CurveChart, CurveControls, CurveOutputs } from './Curve.tsx';
import { ParallelChart, ParallelControls, ParallelOutputs } from './Parallel.tsx';
import { PipelineChart, PipelineControls, PipelineOutputs } from './Pipeline.tsx';
import { HARDWARE, MODELS, useScenario, type Scenario } from './scenario.ts';
import { PANELS, setBatching, useBatchingStore, type BatchingPanel } from './store.ts';
import { StreamChart, StreamControls, StreamOutputs } from './Stream.tsx';
import { PANEL_LABELS, T } from './text.ts';
import './batching.css';

const PANEL_PARTS: Record<BatchingPanel, { controls: () => ReactNode; chart: (s: Scenario) => ReactNode; outputs: (s: Scenario) => ReactNode }> = {
  curve: { controls: () => <CurveControls />, chart: (s) => <CurveChart scenario={s} />, outputs: (s) => <CurveOutputs scenario={s} /> },
  stream: { controls: () => <StreamControls />, chart: (s) => <StreamChart scenario={s} />, outputs: (s) => <StreamOutputs scenario={s} /> },
  parallel: { controls: () => <ParallelControls />, chart: (s) => <ParallelChart scenario={s} />, outputs: (s) => <ParallelOutputs scenario={s} /> },
  pipeline: { controls: () => <PipelineControls />, chart: (s) => <PipelineChart scenario={s} />, outputs: (s) => <PipelineOutputs scenario={s} /> },
};

/** Data and task parallelism: batching curve, static vs continuous batching, replicas vs TP, task pipeline. */
export default function Batching({ preset }: SimProps) {
  const scenario = useScenario(preset);
  const panel = useBatchingStore((s) => s.panel);
  const part = PANEL_PARTS[panel];

  const controls = (
    <>
      {scenario.badPreset && <Notice kind="warning" text={T.presetNotice} />}
      <Select label={T.model} value={scenario.model.id} options={MODELS.map((m) => ({ value: m.id, label: m.name }))} onChange={(v) => setBatching({ model: v })} />
      <Select label={T.hardware} value={scenario.hw.id} options={HARDWARE.map((h) => ({ value: h.id, label: h.name }))} onChange={(v) => setBatching({ hardware: v })} />
      <Segmented<BatchingPanel> label={T.panel} value={panel} options={PANELS.map((p) => ({ value: p, label: PANEL_LABELS[p] }))} onChange={(v) => setBatching({ panel: v })} />
      {part.controls()}
      <div data-action="sim-reset" className="bt-reset"><ResetButton onReset={() => useBatchingStore.reset()} /></div>
    </>
  );

  return (
    <SimLayout
      controls={controls}
      chart={part.chart(scenario)}
      outputs={part.outputs(scenario)}
      takeaway={T.takeaway[panel]}
      footer={panel === 'curve'
        ? <PredictFirst question={T.question} choices={[{ id: 'linear', label: T.qLinear }, { id: 'flat', label: T.qFlat }, { id: 'none', label: T.qDrop }]} answerId="flat" explanation={T.explain} />
        : undefined}
    />
  );
}
