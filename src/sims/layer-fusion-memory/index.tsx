/** Layer fusion and subgraph partitioning on one transformer block (slide 3/7). */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs } from './inputs.ts';
import { text } from './text.ts';
import './lfm.css';

export default defineSim({
  name: 'layer-fusion-memory',
  title: text.title,
  version: 2,
  inputs,
  presets: { model: 'modelId', phase: 'phase', tokens: 'tokens', batch: 'batch' },
  views: { default: Figure },
});
