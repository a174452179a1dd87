import type { Source } from './types.ts';

/** Serving systems, attention kernels, parallelism and measured efficiency. */
export const servingSources = {
  'kwon-2023-vllm': {
    authors: 'Kwon, W. et al.', title: 'Efficient Memory Management for Large Language Model Serving with PagedAttention',
    year: 2023, venue: 'SOSP 2023 (arXiv:2309.06180)', url: 'https://arxiv.org/abs/2309.06180',
    section: 'Sec. 3 (KV cache of a token: 2 × 5120 × 40 × 2 B = 800 KB for OPT-13B); Fig. 3 (contiguous pre-allocation: 2038 and 507 slots never used)',
  },
  'vllm-engine-args': {
    authors: 'vLLM project', title: 'vLLM engine arguments: --gpu-memory-utilization (default 0.9)', year: 2024,
    venue: 'documentation', url: 'https://docs.vllm.ai/en/latest/serving/engine_args.html',
    section: 'gpu_memory_utilization: fraction of GPU memory used for weights, activations and KV cache; default 0.9',
  },
  'databricks-2023-inference': {
    authors: 'Databricks (Agrawal, M., Fu, Y. et al.)', title: 'LLM Inference Performance Engineering: Best Practices', year: 2023,
    venue: 'Databricks blog, Oct 2023', url: 'https://www.databricks.com/blog/llm-inference-performance-engineering-best-practices',
    section: 'Model Bandwidth Utilization (MBU = achieved bandwidth / peak; ~60% measured on 2×H100 at batch 1); Table 3 KV cache for Llama-2-70B; "140 GB (Float16)"',
  },
  'pope-2022-scaling-inference': {
    authors: 'Pope, R. et al.', title: 'Efficiently Scaling Transformer Inference', year: 2023,
    venue: 'MLSys 2023 (arXiv:2211.05102)', url: 'https://arxiv.org/abs/2211.05102',
    section: 'Abstract: 76% MFU during large-batch processing of input tokens (prefill) for PaLM 540B',
  },
  'dao-2022-flashattention': {
    authors: 'Dao, T., Fu, D. Y., Ermon, S., Rudra, A., Ré, C.', title: 'FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness',
    year: 2022, venue: 'NeurIPS 2022 (arXiv:2205.14135)', url: 'https://arxiv.org/abs/2205.14135',
    section: 'Algorithm 1 (block sizes B_c = ⌈M/4d⌉, B_r = min(⌈M/4d⌉, d) for SRAM size M); Theorem 2 (Θ(N²d²/M) HBM accesses)',
  },
  'dao-2023-flashattention2': {
    authors: 'Dao, T.', title: 'FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning', year: 2023,
    venue: 'ICLR 2024 (arXiv:2307.08691)', url: 'https://arxiv.org/abs/2307.08691',
    section: 'Sec. 3.1: outer loop over Q blocks, inner over K/V blocks; causal masking skips blocks above the diagonal',
  },
  'shoeybi-2019-megatron-tp': {
    authors: 'Shoeybi, M. et al.', title: 'Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism',
    year: 2019, venue: 'arXiv:1909.08053', url: 'https://arxiv.org/abs/1909.08053',
    section: 'Fig. 3 and 4: per layer, g (all-reduce of b·s·h activations) after attention and after the MLP in the forward pass; vocabulary-parallel embedding',
  },
  'kwon-2023-vllm-preemption': {
    authors: 'Kwon, W. et al.', title: 'Efficient Memory Management for Large Language Model Serving with PagedAttention',
    year: 2023, venue: 'SOSP 2023 (arXiv:2309.06180)', url: 'https://arxiv.org/abs/2309.06180',
    section: 'Sec. 4.5 Scheduling and Preemption: evicted sequences are either swapped (their KV blocks copied to CPU memory over PCIe and back) or recomputed (their prompt and generated tokens prefilled again as one prompt); Sec. 7.3 / Fig. 19: swapping pays for many small transfers with small blocks, recomputation cost does not depend on the block size',
  },
  'agrawal-2023-sarathi': {
    authors: 'Agrawal, A., Panwar, A., Mohan, J., Kwatra, N., Gulavani, B. S., Ramjee, R.',
    title: 'SARATHI: Efficient LLM Inference by Piggybacking Decodes with Chunked Prefills', year: 2023,
    venue: 'arXiv:2308.16369', url: 'https://arxiv.org/abs/2308.16369',
    section: 'Sec. 3–4: a prompt is split into equal chunks, each run in one iteration together with the ongoing decodes (decode-maximal batching); chunks re-read the KV of earlier chunks, so small chunks cost extra attention traffic, while the iteration time and hence the decode stall is bounded by one chunk',
  },
  'nccl-tests-212-nvlink-protocol': {
    authors: 'Jeaugey, S. (NVIDIA NCCL maintainer)', title: 'nccl-tests issue #212 "H100 all reduce performance is poor", maintainer reply', year: 2024,
    venue: 'GitHub NVIDIA/nccl-tests', url: 'https://github.com/NVIDIA/nccl-tests/issues/212',
    section: '"450GB/s is the line rate. With the protocol overhead (~20%) NCCL can get an effective NVLink bandwidth of 370GB/s" (ring algorithm busbw): achieved / nominal = 370 / 450 = 0.82',
  },
  'nvidia-cuda-graphs-blog': {
    authors: 'Gray, A. (NVIDIA)', title: 'Getting Started with CUDA Graphs', year: 2019, venue: 'NVIDIA Technical Blog',
    url: 'https://developer.nvidia.com/blog/cuda-graphs/',
    section: 'kernel launch overheads of a few microseconds per kernel, comparable to short kernels; our default 4 µs per kernel is an order-of-magnitude teaching value',
  },
} as const satisfies Record<string, Source>;
