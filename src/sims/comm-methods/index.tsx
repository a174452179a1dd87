/** `comm-methods`: 图9 (five communication optimisations on one compute/link timeline) and, with view="table", 表9. */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs } from './inputs.ts';
import { Table } from './Table.tsx';
import { text } from './text.ts';
import './commMethods.css';

export default defineSim({
  name: 'comm-methods',
  title: text.title,
  version: 2,
  inputs,
  presets: { model: 'modelId', link: 'linkId', hardware: 'hardwareId' },
  views: { default: Figure, table: Table },
});
