/** Memory budget: 图2 (the stacked bar) and 表2 (view="table"). */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs } from './inputs.ts';
import { Table } from './Table.tsx';
import { text } from './text.ts';
import './memoryBudget.css';

export default defineSim({
  name: 'memory-budget',
  title: text.title,
  version: 1,
  inputs,
  presets: { model: 'modelId', hardware: 'hardwareId', batch: 'batch', context: 'context' },
  views: { default: Figure, table: Table },
});
