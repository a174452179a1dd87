import { createSimStore } from '../../state/index.ts';
import { BLOCK_FUSIONS, type BlockFusionId } from '../../engine/memory/blockGraph.ts';

export interface LayerFusionInputs {
  readonly modelId: string;
  readonly phase: 'prefill' | 'decode';
  readonly batch: number;
  readonly tokens: number;
  readonly fusions: readonly BlockFusionId[];
  readonly partition: boolean;
  /** Memory budget per subgraph, MB (10⁶ bytes). */
  readonly budgetMB: number;
}

/** The story: one Llama-2-7B block prefilling a 4k-token prompt, naive attention, nothing fused. */
export const LAYER_FUSION_DEFAULTS: LayerFusionInputs = {
  modelId: 'llama-2-7b', phase: 'prefill', batch: 1, tokens: 4096, fusions: [], partition: false, budgetMB: 1500,
};

export function validateLayerFusion(saved: unknown): boolean {
  if (typeof saved !== 'object' || saved === null) return false;
  const s = saved as Record<string, unknown>;
  return typeof s.modelId === 'string' && (s.phase === 'prefill' || s.phase === 'decode')
    && typeof s.batch === 'number' && Number.isInteger(s.batch) && s.batch >= 1 && s.batch <= 256
    && typeof s.tokens === 'number' && Number.isInteger(s.tokens) && s.tokens >= 1 && s.tokens <= 131072
    && Array.isArray(s.fusions) && s.fusions.every((f) => (BLOCK_FUSIONS as readonly unknown[]).includes(f))
    && typeof s.partition === 'boolean' && typeof s.budgetMB === 'number' && s.budgetMB >= 1 && s.budgetMB <= 1e6;
}

export const useLayerFusion = createSimStore<LayerFusionInputs>('layer-fusion-memory', LAYER_FUSION_DEFAULTS, validateLayerFusion);
