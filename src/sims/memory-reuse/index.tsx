/** Memory reuse (图4): one layer's tensor lifetimes and the arena each allocation strategy needs. */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs } from './inputs.ts';
import { text } from './text.ts';
import './memoryReuse.css';

export default defineSim({
  name: 'memory-reuse',
  title: text.title,
  version: 1,
  inputs,
  presets: { model: 'model', attention: 'attention', tokens: 'tokens' },
  views: { default: Figure },
});
