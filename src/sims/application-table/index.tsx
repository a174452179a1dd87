/** 表1 / Table 1: the same optimisations across applications (slide 2/3). */
import { defineSim } from '../_protocol/defineSim.tsx';
import { inputs } from './inputs.ts';
import { Table } from './Table.tsx';
import { text } from './text.ts';
import './table.css';

export default defineSim({
  name: 'application-table',
  title: text.title,
  version: 2,
  inputs,
  presets: { model: 'modelId', hardware: 'hardwareId', application: 'selected' },
  views: { default: Table },
});
