import { createSimStore } from '../../state/index.ts';
import { ACCURACY_TOLERANCES, type AccuracyTolerance } from '../../engine/serving/strategyChoice.ts';

export type DeviceClass = 'datacenter' | 'consumer' | 'edge';
export type GpuChoice = '1' | '2' | '4' | '8';
export type LinkChoice = 'native' | 'pcie';
export type StopId = 'chat' | 'huge' | 'long-context' | 'edge';

export const DEVICE_CLASSES: readonly DeviceClass[] = ['datacenter', 'consumer', 'edge'];
/** The devices of each class, first = the one chosen when the class changes. */
export const DEVICES: Readonly<Record<DeviceClass, readonly string[]>> = {
  datacenter: ['a100-80gb-sxm', 'h100-sxm', 'h200', 'a100-40gb-sxm', 'mi300x', 'l4'],
  consumer: ['rtx-4090'],
  edge: ['jetson-agx-orin-64gb'],
};
export const GPU_CHOICES: readonly GpuChoice[] = ['1', '2', '4', '8'];
export const PCIE_LINK = 'pcie-4-x16';
export const TPOT_MS_RANGE = { min: 5, max: 500 } as const;
export const TTFT_MS_RANGE = { min: 50, max: 10000 } as const;
export const CONCURRENCY_RANGE = { min: 1, max: 256 } as const;
export const PROMPT_RANGE = { min: 16, max: 32768 } as const;
export const OUTPUT_RANGE = { min: 16, max: 4096 } as const;

export interface ChooserInputs {
  readonly deviceClass: DeviceClass;
  readonly hardware: string;
  readonly model: string;
  readonly gpus: GpuChoice;
  readonly link: LinkChoice;
  readonly tpotMs: number;
  readonly ttftMs: number;
  readonly concurrency: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
  readonly tolerance: AccuracyTolerance;
}

/** The rows of 表12, as constraint sets. */
export const STOPS: Readonly<Record<StopId, ChooserInputs>> = {
  chat: { deviceClass: 'datacenter', hardware: 'a100-80gb-sxm', model: 'llama-2-13b', gpus: '1', link: 'native', tpotMs: 50, ttftMs: 1000, concurrency: 32, promptTokens: 512, outputTokens: 256, tolerance: 'int8' },
  huge: { deviceClass: 'datacenter', hardware: 'a100-80gb-sxm', model: 'llama-2-70b', gpus: '8', link: 'native', tpotMs: 50, ttftMs: 1000, concurrency: 32, promptTokens: 1024, outputTokens: 256, tolerance: 'int8' },
  'long-context': { deviceClass: 'datacenter', hardware: 'h100-sxm', model: 'llama-3-8b', gpus: '1', link: 'native', tpotMs: 50, ttftMs: 2000, concurrency: 16, promptTokens: 7000, outputTokens: 1000, tolerance: 'int8' },
  edge: { deviceClass: 'edge', hardware: 'jetson-agx-orin-64gb', model: 'llama-3-8b', gpus: '1', link: 'native', tpotMs: 50, ttftMs: 2000, concurrency: 1, promptTokens: 512, outputTokens: 128, tolerance: 'int4' },
};
export const STOP_IDS = Object.keys(STOPS) as StopId[];
export const CHOOSER_DEFAULTS: ChooserInputs = STOPS.chat;

const isInt = (v: unknown, r: { min: number; max: number }) => typeof v === 'number' && Number.isInteger(v) && v >= r.min && v <= r.max;

export function validateChooser(saved: unknown): Partial<ChooserInputs> | false {
  if (typeof saved !== 'object' || saved === null) return false;
  const s = saved as Record<string, unknown>;
  const ok = (s.deviceClass === undefined || DEVICE_CLASSES.includes(s.deviceClass as DeviceClass))
    && (s.hardware === undefined || typeof s.hardware === 'string')
    && (s.model === undefined || typeof s.model === 'string')
    && (s.gpus === undefined || GPU_CHOICES.includes(s.gpus as GpuChoice))
    && (s.link === undefined || s.link === 'native' || s.link === 'pcie')
    && (s.tolerance === undefined || ACCURACY_TOLERANCES.includes(s.tolerance as AccuracyTolerance))
    && (s.tpotMs === undefined || isInt(s.tpotMs, TPOT_MS_RANGE))
    && (s.ttftMs === undefined || isInt(s.ttftMs, TTFT_MS_RANGE))
    && (s.concurrency === undefined || isInt(s.concurrency, CONCURRENCY_RANGE))
    && (s.promptTokens === undefined || isInt(s.promptTokens, PROMPT_RANGE))
    && (s.outputTokens === undefined || isInt(s.outputTokens, OUTPUT_RANGE));
  return ok ? (s as Partial<ChooserInputs>) : false;
}

export const useChooserStore = createSimStore<ChooserInputs>('strategy-chooser', CHOOSER_DEFAULTS, validateChooser);
export const setChooser = (patch: Partial<ChooserInputs>) => useChooserStore.setState(patch);
