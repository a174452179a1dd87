/** Optimisation stack: 图13, best practices applied one by one (a clicker-driven story), and 表13 (view="table"). */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs, migrate } from './inputs.ts';
import { Table } from './Table.tsx';
import { text } from './text.ts';
import './stack.css';

export default defineSim({
  name: 'optimisation-stack',
  title: text.title,
  version: 1,
  inputs,
  presets: { model: 'modelId', hardware: 'hardwareId', weights: 'weights', batch: 'batch', target: 'targetMs', metric: 'metric', measure: 'measure' },
  views: { default: Figure, table: Table },
  migrate,
});
