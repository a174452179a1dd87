/** Graph optimiser: 图6 (a block's graph, passes switched on by the clicker) and 表6 (view="table"). */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs } from './inputs.ts';
import { Table } from './Table.tsx';
import { text } from './text.ts';
import './graphOptimizer.css';

export default defineSim({
  name: 'graph-optimizer',
  title: text.title,
  version: 2,
  inputs,
  presets: { model: 'modelId', hardware: 'hardwareId', phase: 'phase', batch: 'batch', tokens: 'tokens' },
  views: { default: Figure, table: Table },
});
