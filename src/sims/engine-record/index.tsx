/** The engine against the record (section 11): public measurements beside the engine's ideal bound and realistic estimate. */
import { defineSim } from '../_protocol/defineSim.tsx';
import { inputs } from './inputs.ts';
import { Table } from './Table.tsx';
import { text } from './text.ts';
import './engineRecord.css';

export default defineSim({
  name: 'engine-record',
  title: text.title,
  version: 1,
  inputs,
  presets: { row: 'selected' },
  views: { default: Table },
});
