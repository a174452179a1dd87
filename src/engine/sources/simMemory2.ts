import type { Source } from './types.ts';

/** Sources of the section-3 memory simulators (memory-reuse, kv-paging, offload, memory-strategies). */
export const simMemory2Sources = {
  'pisarchyk-2020-memory': {
    authors: 'Pisarchyk, Y., Lee, J.', title: 'Efficient Memory Management for Deep Neural Net Inference',
    year: 2020, venue: 'MLSys 2020 workshop (arXiv:2001.03288)', url: 'https://arxiv.org/abs/2001.03288',
    section: 'Sec. 3 (shared objects) and Sec. 4 (offset calculation): "Greedy by Size" places tensors in decreasing size at the lowest offset whose gap fits; lower bound = max over operators of the live tensor sizes',
  },
  'chen-2016-checkpointing': {
    authors: 'Chen, T., Xu, B., Zhang, C., Guestrin, C.', title: 'Training Deep Nets with Sublinear Memory Cost',
    year: 2016, venue: 'arXiv:1604.06174', url: 'https://arxiv.org/abs/1604.06174',
    section: 'Sec. 4: keep a checkpoint every k layers and recompute each segment once; O(√n) memory for one extra forward pass',
  },
  'sheng-2023-flexgen': {
    authors: 'Sheng, Y. et al.', title: 'FlexGen: High-Throughput Generative Inference of Large Language Models with a Single GPU',
    year: 2023, venue: 'ICML 2023 (arXiv:2303.06865)', url: 'https://arxiv.org/abs/2303.06865',
    section: 'Sec. 4: weights, KV cache and activations placed across GPU, CPU and disk; layer-by-layer prefetch overlapped with compute; large batches amortise the transfer',
  },
  'kwon-2023-vllm-kernel': {
    authors: 'Kwon, W. et al.', title: 'Efficient Memory Management for Large Language Model Serving with PagedAttention',
    year: 2023, venue: 'SOSP 2023 (arXiv:2309.06180)', url: 'https://arxiv.org/abs/2309.06180',
    section: 'Sec. 7.1 kernel microbenchmark: the PagedAttention kernel has 20–26% higher attention-kernel latency than FasterTransformer\'s (block-table reads, branches)',
  },
} as const satisfies Record<string, Source>;
