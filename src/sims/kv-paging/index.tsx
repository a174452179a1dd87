/** Paging the KV cache (PagedAttention): contiguous pre-allocation against blocks on demand, slot by slot. */
import { defineSim } from '../_protocol/defineSim.tsx';
import { Figure } from './Figure.tsx';
import { inputs } from './inputs.ts';
import { text } from './text.ts';
import './kvPaging.css';

export default defineSim({
  name: 'kv-paging',
  title: text.title,
  version: 1,
  inputs,
  presets: { model: 'model', hardware: 'hardware', scenario: 'scenario', block: 'blockTokens' },
  views: { default: Figure },
});
