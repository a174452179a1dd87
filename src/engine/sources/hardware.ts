import type { Source } from './types.ts';

/** Accelerator datasheets, architecture whitepapers and the roofline model. */
export const hardwareSources = {
  'nvidia-a100-datasheet': {
    authors: 'NVIDIA', title: 'NVIDIA A100 Tensor Core GPU datasheet', year: 2021, venue: 'datasheet',
    url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
    section: 'specifications table (FP16 Tensor Core 312 | 624* TFLOPS, * with sparsity; 40GB HBM2 1,555 GB/s; 80GB HBM2e 2,039 GB/s; 400 W SXM; NVLink 600 GB/s)',
  },
  'nvidia-ampere-whitepaper': {
    authors: 'NVIDIA', title: 'NVIDIA A100 Tensor Core GPU Architecture (whitepaper)', year: 2020, venue: 'whitepaper',
    url: 'https://images.nvidia.com/aem-dam/en-zz/Solutions/data-center/nvidia-ampere-architecture-whitepaper.pdf',
    section: '108 SMs, 4 Tensor Cores per SM, 256 FP16 FMA/clk per Tensor Core, 1410 MHz boost; 40 MB L2; 192 KB L1/shared per SM (up to 164 KB shared)',
  },
  'nvidia-h100-datasheet': {
    authors: 'NVIDIA', title: 'NVIDIA H100 Tensor Core GPU datasheet', year: 2023, venue: 'datasheet',
    url: 'https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet',
    section: 'H100 SXM column: FP16/BF16 1,979 TFLOPS* and FP8 3,958 TFLOPS* (* with sparsity, dense = half); 80GB, 3.35 TB/s; up to 700 W; NVLink 900 GB/s',
  },
  'nvidia-hopper-whitepaper': {
    authors: 'NVIDIA', title: 'NVIDIA H100 Tensor Core GPU Architecture (whitepaper)', year: 2022, venue: 'whitepaper',
    url: 'https://resources.nvidia.com/en-us-tensor-core/gtc22-whitepaper-hopper',
    section: '132 SMs (SXM5), 256 KB L1/shared per SM (up to 228 KB shared), 50 MB L2',
  },
  'nvidia-h200-datasheet': {
    authors: 'NVIDIA', title: 'NVIDIA H200 Tensor Core GPU datasheet', year: 2024, venue: 'datasheet',
    url: 'https://www.nvidia.com/en-us/data-center/h200/',
    section: 'H200 SXM: 141GB HBM3e, 4.8 TB/s; compute as H100 SXM (sparse figures halved); up to 700 W; NVLink 900 GB/s',
  },
  'nvidia-l4-datasheet': {
    authors: 'NVIDIA', title: 'NVIDIA L4 Tensor Core GPU datasheet', year: 2023, venue: 'datasheet',
    url: 'https://www.nvidia.com/en-us/data-center/l4/',
    section: 'FP16/BF16 242 TFLOPS*, FP8 485 TFLOPS*, INT8 485 TOPS* (* with sparsity); FP32 30.3 TFLOPS; 24GB GDDR6 300 GB/s; 72 W; PCIe Gen4 x16',
  },
  'nvidia-ada-whitepaper': {
    authors: 'NVIDIA', title: 'NVIDIA Ada GPU Architecture (whitepaper)', year: 2023, venue: 'whitepaper v2.1',
    url: 'https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf',
    section: 'Appendix A, Table 2 (GeForce RTX 4090): peak FP16 Tensor TFLOPS with FP32 accumulate 165.2/330.4 (dense/sparse), with FP16 accumulate 330.3; FP8 330.3 dense (FP32 acc); INT8 660.6 dense; FP32 82.6; 24 GB GDDR6X 1008 GB/s; 72 MB L2; 450 W; 128 SMs with 128 KB L1/shared',
  },
  'amd-mi300x-datasheet': {
    authors: 'AMD', title: 'AMD Instinct MI300X Accelerator datasheet', year: 2023, venue: 'datasheet',
    url: 'https://www.amd.com/content/dam/amd/en/documents/instinct-tech-docs/data-sheets/amd-instinct-mi300x-data-sheet.pdf',
    section: 'peak FP16/BF16 1307.4 TFLOPS dense (2614.9 with sparsity), FP8 2614.9, INT8 2614.9 TOPS, TF32 653.7, FP32 163.4; 192 GB HBM3, 5.3 TB/s; 256 MB Infinity Cache; 304 CUs (64 KB LDS each); 750 W',
  },
  'nvidia-jetson-agx-orin-datasheet': {
    authors: 'NVIDIA', title: 'Jetson AGX Orin Series Technical Brief v1.2 and module datasheet', year: 2023, venue: 'technical brief',
    url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/gtcf21/jetson-orin/nvidia-jetson-agx-orin-technical-brief.pdf',
    section: 'AGX Orin 64GB: Ampere GPU with 16 SMs (2048 CUDA cores, 64 Tensor Cores), 170 sparse INT8 TOPS (GPU), 5.3 FP32 TFLOPS, 192 KB L1 per SM, 4 MB L2; 64GB 256-bit LPDDR5 204.8 GB/s; 15–60 W',
  },
  'nvidia-cuda-arithmetic-throughput': {
    authors: 'NVIDIA', title: 'CUDA C++ Programming Guide: Arithmetic Instructions (throughput of native arithmetic instructions)', year: 2024,
    venue: 'documentation', url: 'https://docs.nvidia.com/cuda/cuda-c-programming-guide/index.html#arithmetic-instructions',
    section: 'results per clock cycle per multiprocessor for 32-bit floating-point reciprocal, reciprocal square root, base-2 logarithm (__log2f), base-2 exponential (exp2f), sine, cosine: 16 for compute capability 6.0, 7.x, 8.x and 9.0; 32 for 3.x (Kepler); multiply by the SM count for the device',
  },
  'shah-2024-flashattention3': {
    authors: 'Shah, J., Bikshandi, G., Zhang, Y., Thakkar, V., Ramani, P., Dao, T.',
    title: 'FlashAttention-3: Fast and Accurate Attention with Asynchrony and Low-precision', year: 2024,
    venue: 'NeurIPS 2024 (arXiv:2407.08608)', url: 'https://arxiv.org/abs/2407.08608',
    section: 'Sec. 3.2: "the H100 SXM5 GPU has 989 TFLOPS of FP16 matmul but only 3.9 TFLOPS of special functions such as exponential" (16 ops/SM/clock × 132 SMs × 1.83 GHz); at head dim 128 the exponential can take 50% of the matmul cycles unless softmax overlaps the GEMMs (pingpong and intra-warpgroup pipelining); forward FP16 reaches 740 TFLOPS (75% of peak)',
  },
  'clrx-gcn-timings': {
    authors: 'CLRX project (Szuppe, M.)', title: 'GCN ISA Instruction Timings (CLRX documentation)', year: 2019,
    venue: 'GitHub CLRX/CLRX-mirror doc/GcnTimings.md', url: 'https://github.com/CLRX/CLRX-mirror/blob/master/doc/GcnTimings.md',
    section: 'VOP1 timings: V_EXP_F32, V_LOG_F32, V_RCP_F32, V_RSQ_F32, V_SIN_F32 take 16 cycles against 4 for V_FMA/V_MAD (quarter rate): 16 transcendental results per clock per CU of 64 lanes. CDNA 3 (MI300X) keeps the GCN vector ALU layout of 4 SIMD16 per CU',
  },
  'williams-2009-roofline': {
    authors: 'Williams, S., Waterman, A., Patterson, D.', title: 'Roofline: An Insightful Visual Performance Model for Multicore Architectures',
    year: 2009, venue: 'Communications of the ACM 52(4), 65–76', url: 'https://doi.org/10.1145/1498765.1498785',
    section: 'attainable GFLOP/s = min(peak, operational intensity × peak bandwidth)',
  },
} as const satisfies Record<string, Source>;
