/** Compression methods: 图3 (LLM and Deep Compression modes) and 表3 (view="table"). */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs } from './inputs.ts';
import { Table } from './Table.tsx';
import { text } from './text.ts';
import './compression.css';

export default defineSim({
  name: 'compression',
  title: text.title,
  version: 2,
  inputs,
  presets: { model: 'modelId', mode: 'mode', network: 'network' },
  views: { default: Figure, table: Table },
});
