/** 表7: the section's compute techniques compared live on one model and device. */
import { defineSim } from '../_protocol/defineSim.tsx';
import { inputs } from './inputs.ts';
import { StrategyTable } from './StrategyTable.tsx';
import { text } from './text.ts';
import './strategies.css';

export default defineSim({
  name: 'compute-strategies',
  title: text.title,
  version: 2,
  inputs,
  presets: { model: 'modelId', hardware: 'hardwareId', batch: 'batch', prompt: 'promptTokens', explain: 'explain' },
  views: { default: StrategyTable },
});
