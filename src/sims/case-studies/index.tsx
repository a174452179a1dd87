/** Case studies: 图14, three teaching scenarios walked step by step, and 表14 (view="table"). */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs, migrate } from './inputs.ts';
import { Table } from './Table.tsx';
import { text } from './text.ts';
import './cases.css';

export default defineSim({
  name: 'case-studies',
  title: text.title,
  version: 1,
  inputs,
  presets: { scenario: 'scenario', prompt: 'promptTokens' },
  views: { default: Figure, table: Table },
  migrate,
});
