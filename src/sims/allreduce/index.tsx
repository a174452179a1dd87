/** `allreduce`: 图8 (the α-β model of all-reduce, the ring played step by step) and, with view="table", 表8. */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs } from './inputs.ts';
import { Table } from './Table.tsx';
import { text } from './text.ts';
import './allreduce.css';

export default defineSim({
  name: 'allreduce',
  title: text.title,
  version: 2,
  inputs,
  presets: { ranks: 'ranks', link: 'linkId' },
  views: { default: Figure, table: Table },
});
