/** Technique map (section 10): every technique of the lecture linked to the simulator slides that show it. */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs } from './inputs.ts';
import { text } from './text.ts';
import './techniqueMap.css';

export default defineSim({
  name: 'technique-map',
  title: text.title,
  version: 1,
  inputs,
  presets: { highlight: 'highlight' },
  views: { default: Figure },
});
