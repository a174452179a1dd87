import type { Source } from './types.ts';

/**
 * The places in the cited works whose headline numbers the engine reproduces
 * (src/engine/record/reproductions.ts), and works the reference slides cite
 * that no formula uses.
 */
export const reproductionSources = {
  'kwon-2023-vllm-fig2': {
    authors: 'Kwon, W. et al.', title: 'Efficient Memory Management for Large Language Model Serving with PagedAttention',
    year: 2023, venue: 'SOSP 2023 (arXiv:2309.06180)', url: 'https://arxiv.org/abs/2309.06180',
    section: 'Fig. 2: KV cache usage, token states 20.4 % (Orca Max), 26.8 % (Pow2), 38.2 % (Oracle), 96.3 % (vLLM); Sec. 1: slabs pre-allocated to the maximum length (e.g. 2048 tokens); Fig. 11: ShareGPT mean input 161.31, mean output 337.99 tokens; Sec. 7.2: block size 16',
  },
  'dao-2022-flashattention-fig2': {
    authors: 'Dao, T., Fu, D. Y., Ermon, S., Rudra, A., Ré, C.', title: 'FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness',
    year: 2022, venue: 'NeurIPS 2022 (arXiv:2205.14135)', url: 'https://arxiv.org/abs/2205.14135',
    section: 'Fig. 2 left: GPT-2 medium attention (N = 1024, d = 64, 16 heads, batch 64), forward + backward on an A100, HBM R/W 40.3 GB standard, 4.4 GB FlashAttention; Sec. 2.1: 192 KB SRAM per SM; Theorem 2, Theorem 5 and Appendix B (Algorithms 0–4)',
  },
  'shoeybi-2019-megatron-sec3': {
    authors: 'Shoeybi, M., Patwary, M., Puri, R., LeGresley, P., Casper, J., Catanzaro, B.',
    title: 'Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism', year: 2019,
    venue: 'arXiv:1909.08053', url: 'https://arxiv.org/abs/1909.08053',
    section: 'Sec. 3: "only two all-reduces in the forward path and two in the backward path"; Fig. 4: 4 communication operations per layer (forward + backward)',
  },
  'nccl-tests-a3mega-allreduce': {
    authors: 'lessizzmore (GitHub)', title: 'create-a3mega-ztan-fork: ztan-NCCL-test-result (all_reduce_perf, 16 × H100 80GB HBM3, 2 nodes)', year: 2024,
    venue: 'GitHub lessizzmore/create-a3mega-ztan-fork', url: 'https://github.com/lessizzmore/create-a3mega-ztan-fork/blob/main/ztan-NCCL-test-result',
    section: 'out-of-place row 8589934592 B: time 47535 µs, algbw 180.71 GB/s, busbw 338.82 GB/s',
  },
  'lepikhin-2021-gshard': {
    authors: 'Lepikhin, D., Lee, H., Xu, Y., Chen, D., Firat, O., Huang, Y., Krikun, M., Shazeer, N., Chen, Z.',
    title: 'GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding', year: 2021,
    venue: 'ICLR 2021 (arXiv:2006.16668)', url: 'https://arxiv.org/abs/2006.16668',
  },
} as const satisfies Record<string, Source>;
