/** Optimisation stack: 图13, best practices applied one by one (a clicker-driven story). */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs, migrate } from './inputs.ts';
import { text } from './text.ts';
import './stack.css';

export default defineSim({
  name: 'optimisation-stack',
  title: text.title,
  version: 1,
  inputs,
  presets: { model: 'modelId', hardware: 'hardwareId', weights: 'weights', batch: 'batch', target: 'targetMs', metric: 'metric' },
  views: { default: Figure },
  migrate,
});
