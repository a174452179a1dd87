/**
 * Golden numbers copied from the project's shared reference cases (ids kept),
 * each with its source and tolerance, so the tests never read ../shared.
 */
export interface GoldenCase {
  readonly id: string;
  readonly description: string;
  readonly expected: number;
  readonly unit: string;
  /** Relative tolerance as published (0 = exact). */
  readonly toleranceRel: number;
  readonly source: string;
}

export const golden = {
  'MM-01': {
    id: 'MM-01', description: 'Llama-2-7B total parameter count', expected: 6738415616, unit: 'parameters', toleranceRel: 0,
    source: "keras-team/keras-hub keras_hub/src/models/llama/llama_presets.py ('llama2_7b_en' params 6738415616); config: HF meta-llama/Llama-2-7b-hf config.json",
  },
  'MM-04': {
    id: 'MM-04', description: 'Llama-3-8B total parameter count', expected: 8030261248, unit: 'parameters', toleranceRel: 0,
    source: "keras-team/keras-hub keras_hub/src/models/llama3/llama3_presets.py ('llama3_8b_en' params 8030261248); = HF Hub Llama-3.1-8B safetensors.total",
  },
  'MM-07': {
    id: 'MM-07', description: 'Mixtral-8x7B total parameters', expected: 46702792704, unit: 'parameters', toleranceRel: 0,
    source: "keras-team/keras-hub keras_hub/src/models/mixtral/mixtral_presets.py ('mixtral_8_7b_en' params 46702792704); Mistral blog '46.7B total parameters'",
  },
  'MM-10': {
    id: 'MM-10', description: 'Llama-3-8B FFN hidden size from dim 4096, ffn_dim_multiplier 1.3, multiple_of 1024', expected: 14336, unit: 'elements', toleranceRel: 0,
    source: 'meta-llama/llama-models models/sku_list.py + reference model.py FeedForward; = HF config.json intermediate_size',
  },
  'MM-13': {
    id: 'MM-13', description: "Llama-2-70B FP16 weight bytes ('140 GB (Float16)')", expected: 140e9, unit: 'bytes', toleranceRel: 0.02,
    source: "Databricks blog 'LLM Inference Performance Engineering: Best Practices' (Oct 2023), text above Table 3",
  },
  'KV-01': {
    id: 'KV-01', description: 'OPT-13B KV cache bytes per token (MHA, FP16)', expected: 819200, unit: 'bytes/token', toleranceRel: 0,
    source: "Kwon et al. 2023 (vLLM), Sec. 3: '800 KB ... 2 x 5120 x 40 x 2' (KB = KiB)",
  },
  'KV-06': {
    id: 'KV-06', description: 'Llama-2-70B GQA KV cache, seq 1024, batch 1, FP16', expected: 0.312, unit: 'GiB', toleranceRel: 0.005,
    source: "Databricks blog 'LLM Inference Performance Engineering: Best Practices', Table 3",
  },
  'KV-12': {
    id: 'KV-12', description: 'vLLM Fig. 3 never-used slots, request A (2048 max, 7 prompt, 1 generated, 2 reserved)', expected: 2038, unit: 'slots', toleranceRel: 0,
    source: "vLLM paper Fig. 3 ('2038 slots never used'; request B 512/3/1/1 → '507 slots never used')",
  },
  'RH-01': {
    id: 'RH-01', description: 'TPU v1 peak: 65,536 8-bit MACs at 700 MHz', expected: 92e12, unit: 'ops/s', toleranceRel: 0.005,
    source: 'Jouppi et al., ISCA 2017 (arXiv 1704.04760), Abstract and Table 2',
  },
  'RH-02': {
    id: 'RH-02', description: 'TPU ridge point in MACs per weight byte', expected: 1350, unit: 'MACs/byte', toleranceRel: 0.005,
    source: "Jouppi et al., ISCA 2017, Fig. 5 caption: 'ridge point ... at 1350 operations per byte of weight memory fetched'",
  },
  'RH-05': {
    id: 'RH-05', description: 'TPU MLP0 operational intensity, int8 weights, batch 200', expected: 200, unit: 'MACs/weight byte', toleranceRel: 0,
    source: "Jouppi et al., ISCA 2017, Table 1 (MLP0 'TPU Ops / Weight Byte' 200, batch size 200)",
  },
  'RH-07': {
    id: 'RH-07', description: 'A100 dense FP16 tensor peak: 108 SMs × 4 TCs × 256 FMA/clk × 2 × 1.41 GHz', expected: 312e12, unit: 'FLOP/s', toleranceRel: 0.005,
    source: 'NVIDIA A100 datasheet (FP16 Tensor Core 312 TFLOPS | 624* with sparsity); SM count/clock from CUDA deviceQuery',
  },
  'RH-13': {
    id: 'RH-13', description: 'A100 FLOPs-to-bandwidth ratio (312 TFLOP/s, 1.5 TB/s)', expected: 208, unit: 'FLOP/byte', toleranceRel: 0,
    source: "kipply, 'Transformer Inference Arithmetic', kv-cache section ('a distinct ratio here of 208')",
  },
  'IL-01': {
    id: 'IL-01', description: 'FLOPs to compute k and v for one token, 52B model (d=8192, 64 layers)', expected: 17179869184, unit: 'FLOP', toleranceRel: 0,
    source: "kipply, 'Transformer Inference Arithmetic', kv-cache section (2·2·n_layers·d_model²)",
  },
  'IL-04': {
    id: 'IL-04', description: 'Forward FLOPs per token, 52B model: 24·n_layers·d_model²', expected: 103079215104, unit: 'FLOP/token', toleranceRel: 0,
    source: "kipply, 'Transformer Inference Arithmetic', flops-counting section ('F = 64*24*8192^2 = 103079215104 flops')",
  },
  'IL-05': {
    id: 'IL-05', description: 'Small-batch decode latency, 260B on 16 A100s (2 B/param, 1.5 TB/s)', expected: 0.022, unit: 's/token', toleranceRel: 0.02,
    source: "kipply, 'Transformer Inference Arithmetic', latency-calculations ('2*260e9/(16*1.5e12) ~= 0.0217 ~= 22ms')",
  },
  'IL-09': {
    id: 'IL-09', description: 'MBU: 7B params, 16-bit, TPOT 14 ms, peak 2 TB/s', expected: 0.5, unit: 'fraction', toleranceRel: 0,
    source: "Databricks blog 'LLM Inference Performance Engineering: Best Practices', MBU section",
  },
} as const satisfies Record<string, GoldenCase>;

/** |actual − expected| / |expected|. */
export const relativeError = (actual: number, expected: number): number => Math.abs(actual - expected) / Math.abs(expected);
