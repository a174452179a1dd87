/** Operator fusion and FlashAttention: 图7. */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs } from './inputs.ts';
import { text } from './text.ts';
import './fusion.css';

export default defineSim({
  name: 'operator-fusion',
  title: text.title,
  version: 2,
  inputs,
  presets: { model: 'modelId', hardware: 'hardwareId', chain: 'chain', phase: 'phase', batch: 'batch', tokens: 'tokens', panel: 'view' },
  views: { default: Figure },
});
