/** Memory strategies compared (表4): the memory each frees against its own baseline and what it costs, live. */
import { defineSim } from '../_protocol/defineSim.tsx';
import { inputs } from './inputs.ts';
import { Table } from './Table.tsx';
import { text } from './text.ts';
import './memoryStrategies.css';

export default defineSim({
  name: 'memory-strategies',
  title: text.title,
  version: 1,
  inputs,
  presets: { model: 'model', hardware: 'hardware', batch: 'batch', tokens: 'tokens', explain: 'explain' },
  views: { default: Table },
});
