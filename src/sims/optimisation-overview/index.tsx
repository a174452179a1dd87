/** 图1 / Figure 1: why inference optimisation matters (slide 2/2). */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs } from './inputs.ts';
import { text } from './text.ts';
import './overview.css';

export default defineSim({
  name: 'optimisation-overview',
  title: text.title,
  version: 2,
  inputs,
  presets: { model: 'modelId', hardware: 'hardwareId' },
  views: { default: Figure },
});
