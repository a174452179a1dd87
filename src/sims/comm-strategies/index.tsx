/** `comm-strategies`: 表10, communication strategies compared live on one configuration. */
import { defineSim } from '../_protocol/defineSim.tsx';
import { inputs } from './inputs.ts';
import { Table } from './Table.tsx';
import { text } from './text.ts';
import './commStrategies.css';

export default defineSim({
  name: 'comm-strategies',
  title: text.title,
  version: 2,
  inputs,
  presets: { model: 'modelId', hardware: 'hardwareId' },
  views: { default: Table },
});
