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
