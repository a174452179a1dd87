/** Paper reproductions (section 11): each cited work's headline number beside the engine's, with a link to the simulator that shows it. */
import { defineSim } from '../_protocol/defineSim.tsx';
import { inputs } from './inputs.ts';
import { Table } from './Table.tsx';
import { text } from './text.ts';
import './paperReproductions.css';

export default defineSim({
  name: 'paper-reproductions',
  title: text.title,
  version: 1,
  inputs,
  presets: { area: 'area' },
  views: { default: Table },
});
