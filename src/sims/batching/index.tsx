/** Batching and pipelining: throughput–latency, static vs continuous batching, replicas vs TP, task pipeline. */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs } from './inputs.ts';
import { text } from './text.ts';
import './batching.css';

export default defineSim({
  name: 'batching',
  title: text.title,
  version: 2,
  inputs,
  presets: { model: 'modelId', hardware: 'hardwareId', panel: 'panel', batch: 'batch' },
  views: { default: Figure },
});
