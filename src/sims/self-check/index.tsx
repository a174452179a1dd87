/** Self-check (section 10): exercises the engine generates from a kind and a seed, checked with a tolerance, with the worked solution and a saved score. */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs } from './inputs.ts';
import { text } from './text.ts';
import './selfCheck.css';

export default defineSim({
  name: 'self-check',
  title: text.title,
  version: 1,
  inputs,
  presets: { kind: 'kind', seed: 'seed' },
  views: { default: Figure },
});
