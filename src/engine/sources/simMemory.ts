import type { Source } from './types.ts';

/** Sources cited by the section-2 memory simulators (memory-budget, compression, layer-fusion-memory). */
export const simMemorySources = {
  'frantar-2022-gptq': {
    authors: 'Frantar, E., Ashkboos, S., Hoefler, T., Alistarh, D.',
    title: 'GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers',
    year: 2022,
    venue: 'arXiv:2210.17323 (ICLR 2023)',
    url: 'https://arxiv.org/abs/2210.17323',
    section: 'Abstract: 175B-parameter GPT models quantised to 3 or 4 bits per weight with negligible accuracy degradation; one scale per group of weights (grouping, Sec. 5)',
  },
  'lin-2023-awq': {
    authors: 'Lin, J., Tang, J., Tang, H., Yang, S., Dang, X., Gan, C., Han, S.',
    title: 'AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration',
    year: 2023,
    venue: 'arXiv:2306.00978 (MLSys 2024)',
    url: 'https://arxiv.org/abs/2306.00978',
    section: 'Abstract: protecting 1% of salient weights greatly reduces the quantisation error of low-bit weight-only (INT4, group 128) quantisation',
  },
  'dettmers-2022-llm-int8': {
    authors: 'Dettmers, T., Lewis, M., Belkada, Y., Zettlemoyer, L.',
    title: 'LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale',
    year: 2022,
    venue: 'NeurIPS 2022 (arXiv:2208.07339)',
    url: 'https://arxiv.org/abs/2208.07339',
    section: 'Abstract: Int8 inference for models up to 175B parameters without performance degradation; outlier dimensions kept in FP16',
  },
  'xiao-2022-smoothquant': {
    authors: 'Xiao, G., Lin, J., Seznec, M., Wu, H., Demouth, J., Han, S.',
    title: 'SmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language Models',
    year: 2022,
    venue: 'arXiv:2211.10438 (ICML 2023)',
    url: 'https://arxiv.org/abs/2211.10438',
    section: 'Abstract: W8A8 with up to 1.56× speed-up and 2× memory reduction, negligible loss in accuracy',
  },
  'sun-2023-wanda': {
    authors: 'Sun, M., Liu, Z., Bair, A., Kolter, J. Z.',
    title: 'A Simple and Effective Pruning Approach for Large Language Models (Wanda)',
    year: 2023,
    venue: 'arXiv:2306.11695 (ICLR 2024)',
    url: 'https://arxiv.org/abs/2306.11695',
    section: 'Tables 2–3: LLaMA/LLaMA-2 pruned without retraining; 50% unstructured costs little perplexity, 2:4 structured costs noticeably more',
  },
  'nvidia-cusparse-csr': {
    authors: 'NVIDIA',
    title: 'cuSPARSE Library: CSR storage format',
    year: 2024,
    venue: 'CUDA Toolkit documentation',
    url: 'https://docs.nvidia.com/cuda/cusparse/',
    section: 'CSR = values, column indices (one per non-zero) and rows + 1 row offsets',
  },
} as const satisfies Record<string, Source>;
