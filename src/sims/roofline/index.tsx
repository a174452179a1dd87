/** Roofline: 图5 (LLM operators on a device's roofline, or the TPU paper's figures) and 表5 (view="table"). */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs } from './inputs.ts';
import { Table } from './Table.tsx';
import { text } from './text.ts';
import './roofline.css';

export default defineSim({
  name: 'roofline',
  title: text.title,
  version: 2,
  inputs,
  presets: { model: 'modelId', hardware: 'hardwareId', scenario: 'mode', batch: 'batch' },
  views: { default: Figure, table: Table },
});
