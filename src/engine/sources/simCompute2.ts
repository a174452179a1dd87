import type { Source } from './types.ts';

/** Sources of the section-5 simulators: operator fusion, FlashAttention IO, batching, pipelining. */
export const simCompute2Sources = {
  'dao-2022-flashattention-io': {
    authors: 'Dao, T., Fu, D. Y., Ermon, S., Rudra, A., Ré, C.', title: 'FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness',
    year: 2022, venue: 'NeurIPS 2022 (arXiv:2205.14135)', url: 'https://arxiv.org/abs/2205.14135',
    section: 'Algorithm 0 (standard attention: S, P written to and read from HBM); Algorithm 1 (tiling, B_c = ⌈M/4d⌉, B_r = min(⌈M/4d⌉, d)); Theorem 2: Θ(Nd + N²) HBM accesses for standard attention, Θ(N²d²M⁻¹) for FlashAttention, d ≤ M ≤ Nd',
  },
  'chen-2018-tvm-fusion': {
    authors: 'Chen, T. et al.', title: 'TVM: An Automated End-to-End Optimizing Compiler for Deep Learning', year: 2018,
    venue: 'OSDI 2018, pp. 578–594', url: 'https://www.usenix.org/conference/osdi18/presentation/chen',
    section: 'Sec. 3 operator fusion: fused kernels keep intermediates on chip instead of writing them to memory',
  },
  'yu-2022-orca': {
    authors: 'Yu, G.-I., Jeong, J. S., Kim, G.-W., Kim, S., Chun, B.-G.', title: 'Orca: A Distributed Serving System for Transformer-Based Generative Models',
    year: 2022, venue: 'OSDI 2022, pp. 521–538', url: 'https://www.usenix.org/conference/osdi22/presentation/yu',
    section: 'Sec. 4.1 iteration-level scheduling, Sec. 4.2 selective batching; abstract: 36.9× throughput of FasterTransformer at the same latency on GPT-3 175B',
  },
  'hf-tokenizers-readme': {
    authors: 'Hugging Face', title: 'Tokenizers: fast state-of-the-art tokenizers (README)', year: 2023,
    venue: 'GitHub repository', url: 'https://github.com/huggingface/tokenizers',
    section: 'Main features: "Takes less than 20 seconds to tokenize a GB of text on a server\'s CPU"',
  },
  'patel-2024-splitwise': {
    authors: 'Patel, P. et al.', title: 'Splitwise: Efficient Generative LLM Inference Using Phase Splitting', year: 2024,
    venue: 'ISCA 2024 (arXiv:2311.18677)', url: 'https://arxiv.org/abs/2311.18677',
    section: 'Sec. 4: prompt (prefill) and token (decode) phases run on separate machines, the KV cache transferred between them',
  },
} as const satisfies Record<string, Source>;
