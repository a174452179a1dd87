/**
 * Choices shared by the section-3 memory simulators (memory-reuse, kv-paging,
 * offload, memory-strategies): model and device lists from the engine, preset
 * validation, and turning an engine failure into a bilingual message.
 */
import { getHardware, getModel, isEngineError, listHardware, listModels, type HardwareSpec, type ModelSpec } from '../../engine/index.ts';
import type { Bilingual, SelectOption } from '../../ui/index.ts';
import { errorText } from '../../i18n/engine/errors.ts';

export const MODEL_IDS: readonly string[] = listModels().map((m) => m.id);
export const GPU_IDS: readonly string[] = listHardware().filter((h) => h.kind === 'gpu' || h.kind === 'soc').map((h) => h.id);

export const modelOptions: readonly SelectOption<string>[] = listModels().map((m) => ({ value: m.id, label: m.name }));
export const gpuOptions: readonly SelectOption<string>[] = listHardware()
  .filter((h) => GPU_IDS.includes(h.id))
  .map((h) => ({ value: h.id, label: h.name }));

/** A preset attribute if it names a known id, else the fallback (unknown ids never crash a slide). */
export function presetId(value: string | undefined, known: readonly string[], fallback: string): string {
  return value !== undefined && known.includes(value) ? value : fallback;
}

export function modelOf(id: string): ModelSpec {
  return getModel(presetId(id, MODEL_IDS, 'llama-2-7b'));
}

export function gpuOf(id: string): HardwareSpec {
  return getHardware(presetId(id, GPU_IDS, 'a100-80gb-sxm'));
}

/** Runs an engine computation; an EngineError becomes its bilingual message instead of a crash. */
export function tryEngine<T>(f: () => T): { ok: true; value: T } | { ok: false; error: Bilingual } {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (isEngineError(e)) return { ok: false, error: errorText(e) };
    return { ok: false, error: { zh: String(e), en: String(e) } };
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isIntIn = (v: unknown, lo: number, hi: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
export const isNumIn = (v: unknown, lo: number, hi: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;
