import { useEffect, useState } from 'react';
import type { SimProps } from '../_protocol/types.ts';
import { Figure } from './Figure.tsx';
import { PARALLEL_TIMELINE_DEFAULTS, isHardwareId, isModelId, useParallelTimeline } from './store.ts';
import './parallelTimeline.css';

let presetApplied = false;

/** 图10: per-GPU Gantt chart of tensor- and pipeline-parallel inference. */
export default function ParallelTimeline({ preset }: SimProps) {
  const [badPreset] = useState(() =>
    (preset.model !== undefined && !isModelId(preset.model)) || (preset.hardware !== undefined && !isHardwareId(preset.hardware)));
  useEffect(() => {
    // A slide's preset applies once per page load, and only over untouched defaults.
    if (presetApplied) return;
    presetApplied = true;
    const s = useParallelTimeline.getState();
    if (preset.model && isModelId(preset.model) && s.modelId === PARALLEL_TIMELINE_DEFAULTS.modelId) useParallelTimeline.setState({ modelId: preset.model });
    if (preset.hardware && isHardwareId(preset.hardware) && s.hardwareId === PARALLEL_TIMELINE_DEFAULTS.hardwareId) useParallelTimeline.setState({ hardwareId: preset.hardware });
  }, [preset.model, preset.hardware]);
  return <Figure notice={badPreset} />;
}
