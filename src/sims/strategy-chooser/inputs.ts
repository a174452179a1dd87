/** The strategy-chooser simulator's inputs, declared once, and the scenarios of 表12 as stops. */
import { ACCURACY_TOLERANCES } from '../../engine/index.ts';
import { choiceInput, numberInput, type ValuesOf } from '../../state/inputs.ts';
import { deviceInput, modelInput } from '../_shared/options.ts';
import { text } from './text.ts';

export const DEVICE_CLASSES = ['datacenter', 'consumer', 'edge'] as const;
export type DeviceClass = (typeof DEVICE_CLASSES)[number];
/** The devices of each class, first = the one chosen when the class changes. */
export const DEVICES: { readonly [C in DeviceClass]: readonly string[] } = {
  datacenter: ['a100-80gb-sxm', 'h100-sxm', 'h200', 'a100-40gb-sxm', 'mi300x', 'l4'],
  consumer: ['rtx-4090'],
  edge: ['jetson-agx-orin-64gb'],
};
export const GPU_COUNTS = [1, 2, 4, 8] as const;
export const LINKS = ['native', 'pcie'] as const;
export type LinkChoice = (typeof LINKS)[number];
/** The PCIe generation the "PCIe only" link stands for. */
export const PCIE_LINK = 'pcie-4-x16';

/** The story: online chat (表12's first row), Llama-2-13B on one A100 80GB, 32 requests, 50 ms per token. */
export const inputs = {
  deviceClass: choiceInput(DEVICE_CLASSES, { default: 'datacenter', label: text.deviceClass }),
  hardwareId: deviceInput({ default: 'a100-80gb-sxm', label: text.device, kinds: ['gpu', 'soc'] }),
  modelId: modelInput({ default: 'llama-2-13b', label: text.model }),
  gpus: numberInput({ default: 1, min: 1, max: 8, allowed: GPU_COUNTS, label: text.gpus }),
  link: choiceInput(LINKS, { default: 'native', label: text.link }),
  tpotMs: numberInput({ default: 50, min: 5, max: 500, log: true, stops: [20, 50, 100], label: text.tpot, unit: 'ms' }),
  ttftMs: numberInput({ default: 1000, min: 50, max: 10000, log: true, stops: [200, 1000, 5000], label: text.ttft, unit: 'ms' }),
  concurrency: numberInput({ default: 32, min: 1, max: 256, log: true, stops: [1, 16, 64], label: text.concurrency, unit: text.requests }),
  promptTokens: numberInput({ default: 512, min: 16, max: 32768, log: true, stops: [512, 4096], label: text.prompt, unit: text.tokens }),
  outputTokens: numberInput({ default: 256, min: 16, max: 4096, log: true, stops: [128, 1024], label: text.output, unit: text.tokens }),
  tolerance: choiceInput(ACCURACY_TOLERANCES, { default: 'int8', label: text.tolerance }),
};

export type Inputs = typeof inputs;
export type State = ValuesOf<Inputs>;

export type StopId = 'chat' | 'offline' | 'huge' | 'long-context' | 'edge';
export const STOP_IDS: readonly StopId[] = ['chat', 'offline', 'huge', 'long-context', 'edge'];

/** The rows of 表12 as constraint sets ('chat' is the declared story). */
export const STOPS: { readonly [S in StopId]: State } = {
  chat: { deviceClass: 'datacenter', hardwareId: 'a100-80gb-sxm', modelId: 'llama-2-13b', gpus: 1, link: 'native', tpotMs: 50, ttftMs: 1000, concurrency: 32, promptTokens: 512, outputTokens: 256, tolerance: 'int8' },
  offline: { deviceClass: 'datacenter', hardwareId: 'a100-80gb-sxm', modelId: 'llama-3-8b', gpus: 1, link: 'native', tpotMs: 200, ttftMs: 10000, concurrency: 64, promptTokens: 4096, outputTokens: 256, tolerance: 'int8' },
  huge: { deviceClass: 'datacenter', hardwareId: 'a100-80gb-sxm', modelId: 'llama-2-70b', gpus: 8, link: 'native', tpotMs: 50, ttftMs: 1000, concurrency: 32, promptTokens: 1024, outputTokens: 256, tolerance: 'int8' },
  'long-context': { deviceClass: 'datacenter', hardwareId: 'h100-sxm', modelId: 'llama-3-8b', gpus: 1, link: 'native', tpotMs: 50, ttftMs: 2000, concurrency: 16, promptTokens: 7000, outputTokens: 1000, tolerance: 'int8' },
  edge: { deviceClass: 'edge', hardwareId: 'jetson-agx-orin-64gb', modelId: 'llama-3-8b', gpus: 1, link: 'native', tpotMs: 50, ttftMs: 2000, concurrency: 1, promptTokens: 512, outputTokens: 128, tolerance: 'int4' },
};

/**
 * State saved before the simulator shape (no version): `{ deviceClass,
 * hardware, model, gpus: '1'…'8', link, tpotMs, ttftMs, concurrency,
 * promptTokens, outputTokens, tolerance }`.
 */
export function migrate(version: number, saved: unknown): unknown {
  if (version !== 0 || typeof saved !== 'object' || saved === null) return saved;
  const { hardware, model, gpus, ...rest } = saved as Record<string, unknown>;
  return {
    ...rest,
    ...(typeof hardware === 'string' ? { hardwareId: hardware } : {}),
    ...(typeof model === 'string' ? { modelId: model } : {}),
    ...(typeof gpus === 'string' ? { gpus: Number(gpus) } : {}),
  };
}
