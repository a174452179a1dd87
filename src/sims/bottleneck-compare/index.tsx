/** Bottleneck compare: 图11 (where a step’s time and memory go and which family of optimisation fits) and 表11 (view="table"). */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs, migrate } from './inputs.ts';
import { Table } from './Table.tsx';
import { text } from './text.ts';
import './bottleneck.css';

export default defineSim({
  name: 'bottleneck-compare',
  title: text.title,
  version: 1,
  inputs,
  presets: { model: 'modelId', hardware: 'hardwareId', tp: 'tp', phase: 'phase', batch: 'batch', tokens: 'tokens' },
  views: { default: Figure, table: Table },
  migrate,
});
