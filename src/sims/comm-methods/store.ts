import { createSimStore } from '../../state/index.ts';
import { listInterconnects, listModels } from '../../engine/index.ts';
import { COMPRESSION_KINDS, type CompressionKind } from '../../engine/comm/commMethodsTimeline.ts';

export const HARDWARE = ['a100-80gb-sxm', 'h100-sxm', 'mi300x'] as const;
export const TP_DEGREES = [2, 4, 8] as const;
export const CHUNK_STOPS = [1, 2, 4, 8, 16, 32, 64] as const;

export interface CommMethodsInputs {
  readonly modelId: string;
  readonly hardwareId: string;
  readonly linkId: string;
  readonly tp: number;
  readonly phase: 'prefill' | 'decode';
  readonly batch: number;
  readonly promptTokens: number;
  readonly compression: CompressionKind;
  readonly topkDensity: number;
  readonly async: boolean;
  readonly chunked: boolean;
  readonly chunks: number;
  readonly priority: boolean;
  readonly merging: boolean;
  readonly bucketBytes: number;
  readonly backgroundBytes: number;
  readonly pageBytes: number;
}

/** The story: Llama-2-70B prefill of a 1,024-token prompt on 8 A100s over NVLink 3, while 16 MB of KV-cache pages migrate on the same link. */
export const COMM_METHODS_DEFAULTS: CommMethodsInputs = {
  modelId: 'llama-2-70b',
  hardwareId: 'a100-80gb-sxm',
  linkId: 'nvlink-3',
  tp: 8,
  phase: 'prefill',
  batch: 1,
  promptTokens: 1024,
  compression: 'none',
  topkDensity: 0.1,
  async: false,
  chunked: false,
  chunks: 8,
  priority: false,
  merging: false,
  bucketBytes: 1e6,
  backgroundBytes: 16e6,
  pageBytes: 64e3,
};

const isInt = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isNum = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
export const isModelId = (v: unknown): v is string => typeof v === 'string' && listModels().some((m) => m.id === v);
export const isLinkId = (v: unknown): v is string => typeof v === 'string' && listInterconnects().some((l) => l.id === v);

export function validateCommMethods(saved: unknown): boolean {
  if (typeof saved !== 'object' || saved === null) return false;
  const s = saved as Record<string, unknown>;
  return isModelId(s.modelId) && (HARDWARE as readonly unknown[]).includes(s.hardwareId) && isLinkId(s.linkId)
    && (TP_DEGREES as readonly unknown[]).includes(s.tp) && (s.phase === 'prefill' || s.phase === 'decode')
    && isInt(s.batch, 1, 256) && isInt(s.promptTokens, 1, 32768)
    && (COMPRESSION_KINDS as readonly unknown[]).includes(s.compression) && isNum(s.topkDensity, 0.001, 1)
    && typeof s.async === 'boolean' && typeof s.chunked === 'boolean' && isInt(s.chunks, 1, 64)
    && typeof s.priority === 'boolean' && typeof s.merging === 'boolean' && isNum(s.bucketBytes, 1e3, 1e9)
    && isNum(s.backgroundBytes, 0, 1e9) && isNum(s.pageBytes, 1e3, 1e8);
}

export const useCommMethods = createSimStore<CommMethodsInputs>('comm-methods', COMM_METHODS_DEFAULTS, validateCommMethods);
export const setInputs = (patch: Partial<CommMethodsInputs>) => useCommMethods.setState(patch);

export function presetInputs(preset: Readonly<Record<string, string>>): { patch: Partial<CommMethodsInputs>; rejected: string[] } {
  const patch: { -readonly [K in keyof CommMethodsInputs]?: CommMethodsInputs[K] } = {};
  const rejected: string[] = [];
  if (preset.model !== undefined) { if (isModelId(preset.model)) patch.modelId = preset.model; else rejected.push(`model="${preset.model}"`); }
  if (preset.link !== undefined) { if (isLinkId(preset.link)) patch.linkId = preset.link; else rejected.push(`link="${preset.link}"`); }
  if (preset.hardware !== undefined) {
    if ((HARDWARE as readonly string[]).includes(preset.hardware)) patch.hardwareId = preset.hardware; else rejected.push(`hardware="${preset.hardware}"`);
  }
  return { patch, rejected };
}

export function resetTo(preset: Readonly<Record<string, string>>) {
  useCommMethods.reset();
  setInputs(presetInputs(preset).patch);
}
