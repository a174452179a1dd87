/**
 * Where each reproduction is shown live: the simulator slide, by its stable
 * id (tests/content/references.test.ts checks every id against the deck).
 */
import type { ReproductionId } from '../../engine/index.ts';

export const REPRODUCTION_SLIDES = {
  'deep-compression-alexnet': 'memory-basics/compression',
  'deep-compression-vgg16': 'memory-basics/compression',
  'vllm-waste-contiguous': 'memory-techniques/paging',
  'vllm-waste-paged': 'memory-techniques/paging',
  'tpu-ridge-tpu': 'compute-basics/roofline',
  'tpu-ridge-haswell': 'compute-basics/roofline',
  'tpu-ridge-k80': 'compute-basics/roofline',
  'flash-attention-hbm': 'compute-techniques/fusion',
  'standard-attention-hbm': 'compute-techniques/fusion',
  'megatron-allreduces': 'comm-basics/models',
  'ring-bus-factor': 'comm-basics/allreduce',
  'nccl-bus-bandwidth': 'comm-basics/allreduce',
} as const satisfies Readonly<Record<ReproductionId, string>>;

export type ReproductionSlide = (typeof REPRODUCTION_SLIDES)[ReproductionId];

export const slideHref = (slide: string): string => `#/${slide}`;
