import type { Source } from './types.ts';

/** Sources cited by the best-practice simulators (optimisation-stack, case-studies) beyond the serving area's own. */
export const simPracticeSources = {
  'vllm-quantized-kv-cache': {
    authors: 'vLLM Project',
    title: 'Quantized KV Cache (FP8 E4M3 / E5M2)',
    year: 2024,
    venue: 'vLLM documentation',
    url: 'https://docs.vllm.ai/en/latest/features/quantization/quantized_kvcache.html',
    section: '--kv-cache-dtype fp8: the KV cache stored in 8 bits halves its memory and lets more tokens fit',
  },
} as const satisfies Record<string, Source>;
