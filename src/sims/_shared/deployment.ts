/**
 * The serving setup 图1 (optimisation-overview) and 表1 (application-table)
 * share: the longest request the simulated server accepts, the unoptimised
 * baseline every optimisation is measured against, and the short name of a
 * number format for a table cell.
 */
import { resolveFormat, type DeploymentConfig, type ModelSpec, type NumberFormat } from '../../engine/index.ts';

/**
 * Longest request the simulated server accepts (vLLM's --max-model-len): the
 * model's own limit, capped at 4096 tokens (a teaching assumption, so models
 * with 128k-token windows do not reserve 128k slots per request without paging).
 */
export const SERVER_MAX_LENGTH = 4096;
export const serverMaxLength = (model: ModelSpec): number => Math.min(model.maxPositionEmbeddings, SERVER_MAX_LENGTH);

/** The baseline: FP16 weights and KV, batch 1, KV reserved contiguously for the maximum length, one GPU, unfused attention. */
export function baselineConfig(workload: { readonly promptTokens: number; readonly outputTokens: number }, model: ModelSpec): DeploymentConfig {
  return {
    weights: 'fp16', kv: 'fp16', batch: 1, paged: false, tp: 1, attention: 'naive',
    promptTokens: workload.promptTokens, outputTokens: workload.outputTokens, maxLength: serverMaxLength(model),
  };
}

/** "FP16", "INT8", "INT4 g128": a format as a table cell or button shows it. */
export function formatName(f: NumberFormat): string {
  if (typeof f === 'string') return f.toUpperCase();
  const r = resolveFormat('format', f);
  return r.groupSize ? `INT${r.bits} g${r.groupSize}` : `INT${r.bits}`;
}
