import { describe, expect, it } from 'vitest';
import { compressionPipeline, deepCompressionRatio, huffmanCode, sparseIndexCost, weightSharingRatio } from '../../../src/engine/compression/index.ts';

const throwsField = (fn: () => unknown, field: string, key?: string) =>
  expect(fn).toThrowError(expect.objectContaining({ name: 'EngineError', field, ...(key ? { key } : {}) }));

describe('compression rejects bad input with EngineError naming the field', () => {
  it('clusters k > n → outOfRange on clusters', () => throwsField(() => weightSharingRatio({ weights: 4, bits: 32, clusters: 8 }), 'clusters', 'outOfRange'));
  it('NaN bits → notFinite on bits', () => throwsField(() => weightSharingRatio({ weights: 4, bits: Number.NaN, clusters: 2 }), 'bits', 'notFinite'));
  it('zero weights → notPositive on weights', () => throwsField(() => weightSharingRatio({ weights: 0, bits: 8, clusters: 1 }), 'weights', 'notPositive'));
  it('density above 1 → outOfRange on density', () => throwsField(() => sparseIndexCost({ weights: 10, density: 1.2, format: 'bitmask' }), 'density', 'outOfRange'));
  it('2:4 with density ≠ 0.5 → density', () => throwsField(() => sparseIndexCost({ weights: 16, density: 0.3, format: '2:4' }), 'density', 'outOfRange'));
  it('unknown sparse format → format', () => throwsField(() => sparseIndexCost({ weights: 16, density: 0.3, format: 'coo' as never }), 'format', 'unknownOption'));
  it('negative frequency → frequencies[1]', () => throwsField(() => huffmanCode([1, -2]), 'frequencies[1]', 'negative'));
  it('all-zero frequencies → frequencies', () => throwsField(() => huffmanCode([0, 0]), 'frequencies', 'notPositive'));
  it('unknown network → network', () => throwsField(() => deepCompressionRatio('resnet-50' as never), 'network', 'unknownOption'));
  it('fractional quantisation bits → quantize.bits', () => throwsField(() => compressionPipeline({ weights: 10 }, { quantize: { bits: 4.5 } }), 'quantize.bits', 'notInteger'));
});
