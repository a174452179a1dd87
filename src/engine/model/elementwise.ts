/**
 * Indicative FLOPs per element of the non-matrix operators. These never
 * dominate a transformer's FLOPs (they are O(d) per token against O(d²) for
 * the matrices), so the constants are counted once here and documented rather
 * than tuned: RMSNorm/LayerNorm ≈ square, sum, rsqrt-scale, multiply (4);
 * softmax ≈ max, subtract, exp, sum, divide (5); SiLU/GELU ≈ 4 plus the gate
 * multiply; residual add 1. Source of the convention: 'kaplan-2020-scaling'
 * (which drops these terms altogether as sub-leading).
 */
export const NORM_FLOPS_PER_ELEMENT = 4;
export const SOFTMAX_FLOPS_PER_ELEMENT = 5;
export const ACTIVATION_FLOPS_PER_ELEMENT = 4;
export const GATE_MULTIPLY_FLOPS_PER_ELEMENT = 1;
export const ADD_FLOPS_PER_ELEMENT = 1;

/**
 * Transcendental results per element that run on the special-function units
 * (MUFU/SFU), not the tensor cores: softmax one exp per score; RMSNorm and
 * LayerNorm one rsqrt per token row; SiLU x·σ(x) = x / (1 + e^(−x)) an exp and
 * a reciprocal; GELU (tanh form) one tanh; ReLU none. They are part of the
 * FLOP counts above and are timed at the device's special-function rate.
 * Sources: 'shah-2024-flashattention3' (exp on the special-function units),
 * 'nvidia-cuda-arithmetic-throughput' (exp2, rcp, rsqrt are MUFU instructions).
 */
export const SPECIAL_OPS_PER_SOFTMAX_ELEMENT = 1;
export const SPECIAL_OPS_PER_NORM_ROW = 1;
export const SPECIAL_OPS_PER_ACTIVATION: Readonly<Record<'silu' | 'gelu' | 'relu', number>> = { silu: 2, gelu: 1, relu: 0 };
