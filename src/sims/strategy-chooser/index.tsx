/** Strategy chooser: 图12 (constraints in, a decision flow and a recommended combination out) and 表12 (view="table": its answer for each application). */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs, migrate } from './inputs.ts';
import { Table } from './Table.tsx';
import { text } from './text.ts';
import './chooser.css';

export default defineSim({
  name: 'strategy-chooser',
  title: text.title,
  version: 1,
  inputs,
  presets: { model: 'modelId', hardware: 'hardwareId', class: 'deviceClass', gpus: 'gpus', tpot: 'tpotMs', concurrency: 'concurrency', tolerance: 'tolerance' },
  views: { default: Figure, table: Table },
  migrate,
});
