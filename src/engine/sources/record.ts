import type { Source } from './types.ts';

const mlperf41 = {
  authors: 'MLCommons (NVIDIA submission)', title: 'MLPerf Inference v4.1 results, closed division, datacenter', year: 2024,
  venue: 'GitHub mlcommons/inference_results_v4.1',
} as const;

/** Public measurements the engine is compared against (src/engine/record/measurements.ts). */
export const recordSources = {
  'jetson-containers-mlc-benchmark': {
    authors: 'Franklin, D. (NVIDIA, dusty-nv)', title: 'jetson-containers: MLC container benchmarks', year: 2024,
    venue: 'GitHub dusty-nv/jetson-containers packages/llm/mlc/docs.md and benchmark.sh',
    url: 'https://github.com/dusty-nv/jetson-containers/tree/master/packages/llm/mlc',
    section: '"AVERAGE OVER 3 RUNS, input=16, output=128 … Llama-2-7b-hf-q4f16_ft: prefill_time 0.025 sec, prefill_rate 632.8 tokens/sec, decode_time 2.731 sec, decode_rate 46.9 tokens/sec" (Jetson AGX Orin, MLC 0.1.0, batch 1)',
  },
  'mlc-llm-ft-quantization': {
    authors: 'MLC LLM project', title: 'mlc_llm/quantization/ft_quantization.py (q4f16_ft)', year: 2024,
    venue: 'GitHub mlc-ai/mlc-llm', url: 'https://github.com/mlc-ai/mlc-llm/blob/main/python/mlc_llm/quantization/ft_quantization.py',
    section: 'linear layers: INT4 weights with one FP16 scale per output channel (group_size None = the whole input dimension); lm_head ("final fc") and the embedding fall back to group quantisation, INT4 with an FP16 scale per 32 elements',
  },
  'mlperf-v4.1-llama2-70b-h100': {
    ...mlperf41,
    url: 'https://github.com/mlcommons/inference_results_v4.1/blob/main/closed/NVIDIA/results/DGX-H100_H100-SXM-80GBx8_TRT/llama2-70b-99.9/Offline/performance/run_1/mlperf_log_summary.txt',
    section: 'DGX-H100 (8× H100-SXM-80GB, TensorRT-LLM, FP8), llama2-70b Offline: Samples per second 84.4792, Tokens per second 24524.9 (VALID) → 290.3 output tokens per sample',
  },
  'mlperf-v4.1-llama2-70b-h200': {
    ...mlperf41,
    url: 'https://github.com/mlcommons/inference_results_v4.1/blob/main/closed/NVIDIA/results/H200-SXM-141GBx8_TRT/llama2-70b-99/Offline/performance/run_1/mlperf_log_summary.txt',
    section: '8× H200-SXM-141GB (TensorRT-LLM, FP8), llama2-70b-99 Offline: Samples per second 107.477, Tokens per second 31302.7; Server: completed tokens per second 29228.22 with mean TTFT 198.3 ms and mean TPOT 123.3 ms under the TTFT ≤ 2 s, TPOT ≤ 200 ms (p99) constraints',
  },
  'mlperf-v4.1-mixtral-h100': {
    ...mlperf41,
    url: 'https://github.com/mlcommons/inference_results_v4.1/blob/main/closed/NVIDIA/results/DGX-H100_H100-SXM-80GBx8_TRT/mixtral-8x7b/Offline/performance/run_1/mlperf_log_summary.txt',
    section: 'DGX-H100 (8× H100-SXM-80GB, TensorRT-LLM, FP8), mixtral-8x7b Offline: Samples per second 359.173, Tokens per second 52415.9 → 145.9 output tokens per sample',
  },
  'mlcommons-llama2-70b-dataset': {
    authors: 'MLCommons Inference working group', title: 'language/llama2-70b/processorca.py (OpenOrca subset for the Llama-2-70B benchmark)', year: 2024,
    venue: 'GitHub mlcommons/inference', url: 'https://github.com/mlcommons/inference/blob/master/language/llama2-70b/processorca.py',
    section: '24,576 samples; input and output token lengths filtered to < 1024 (seqlen_limit 1024); the mean input length is not published with the results',
  },
  'mlcommons-mixtral-dataset': {
    authors: 'MLCommons Inference working group', title: 'language/mixtral-8x7b/README.md', year: 2024,
    venue: 'GitHub mlcommons/inference', url: 'https://github.com/mlcommons/inference/blob/master/language/mixtral-8x7b/README.md',
    section: '15,000 samples, 5,000 each from OpenOrca (GPT-4), GSM8K and MBXP; reference tokens_per_sample 144.84; prompt lengths are not published with the results',
  },
  'nvidia-nim-llama-3.3-70b-benchmark': {
    authors: 'NVIDIA', title: 'NIM LLM benchmarking: Performance (Llama-3.3-70b-instruct, NIM 1.8.0)', year: 2025,
    venue: 'documentation', url: 'https://docs.nvidia.com/nim/benchmarking/llm/1.0.0/performance.html',
    section: '2 × H100 80G, fp8 TP2 (TensorRT-LLM profile), AIPerf: 5000 input / 500 output tokens — concurrency 1: TTFT 406.77 ms, ITL 18.58 ms, 51.67 tokens/s; concurrency 25: 688.69 ms, 38.75 ms, 623.4 tokens/s; concurrency 50: 834.51 ms, 59.73 ms, 814.37 tokens/s. 500 input / 2000 output — concurrency 1: TTFT 47.77 ms, ITL 18.91 ms, 52.85 tokens/s',
  },
  'trtllm-performance-v0.6': {
    authors: 'NVIDIA', title: 'TensorRT-LLM docs/source/performance.md ("Performance of TensorRT-LLM", data for v0.6.1; low latency for v0.5)', year: 2023,
    venue: 'GitHub NVIDIA/TensorRT-LLM', url: 'https://github.com/NVIDIA/TensorRT-LLM/blob/v0.6.1/docs/source/performance.md',
    section: 'Peak throughput, H100 FP8 (static batches, gptSessionBenchmark): LLaMA 7B batch 768 TP1 128/128 → 19,694 out tok/s/GPU; batch 112 128/2048 → 6,818; batch 80 2048/128 → 2,244; LLaMA 70B batch 1024 TP2 128/128 → 2,657 out tok/s/GPU; batch 64 TP2 2048/2048 → 547. A100 FP16: LLaMA 7B batch 384 128/128 → 5,586 out tok/s. First-token latency at batch 1, H100 FP8: LLaMA 7B 128 → 7 ms, 2048 → 36 ms; LLaMA 70B TP4 128 → 26 ms, 2048 → 109 ms; A100 FP16: LLaMA 7B 2048 → 133 ms, LLaMA 70B TP4 2048 → 377 ms (the methodology names Llama-2-7B and Llama-2-70B)',
  },
} as const satisfies Record<string, Source>;
