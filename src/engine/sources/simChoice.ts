import type { Source } from './types.ts';

/** Sources of sections 8's simulators (bottleneck-compare, strategy-chooser). */
export const simChoiceSources = {
  'micikevicius-2022-fp8': {
    authors: 'Micikevicius et al.',
    title: 'FP8 Formats for Deep Learning',
    year: 2022,
    venue: 'arXiv:2209.05433',
    url: 'https://arxiv.org/abs/2209.05433',
    section: '§4: FP8 inference of large language models matches the 16-bit baselines',
  },
  'wang-2023-zeropp': {
    authors: 'Wang et al.',
    title: 'ZeRO++: Extremely Efficient Collective Communication for Giant Model Training',
    year: 2023,
    venue: 'arXiv:2306.10209',
    url: 'https://arxiv.org/abs/2306.10209',
    section: '§3: block-based INT8/INT4 quantisation of all-gather and reduce-scatter messages',
  },
} as const satisfies Record<string, Source>;
