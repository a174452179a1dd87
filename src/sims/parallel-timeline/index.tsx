/** `parallel-timeline`: 图10, a per-GPU Gantt chart of tensor- and pipeline-parallel inference. */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs } from './inputs.ts';
import { text } from './text.ts';
import './parallelTimeline.css';

export default defineSim({
  name: 'parallel-timeline',
  title: text.title,
  version: 2,
  inputs,
  presets: { model: 'modelId', hardware: 'hardwareId' },
  views: { default: Figure },
});
