import { describe, expect, it } from 'vitest';
import {
  busBandwidthFactor, collectiveTime, optimalBucketMerge, overlappedTime, pipelineTimeline, quantizeMessage,
  ringAllReduceSchedule, scheduleTransfers, tensorParallelTraffic, topKMessage, type CollectiveParams,
} from '../../../src/engine/comm/index.ts';

const ok: CollectiveParams = { collective: 'all-reduce', algorithm: 'ring', ranks: 8, bytes: 1e6, latency: 1e-6, bandwidth: 1e10 };
const throwsField = (fn: () => unknown, field: string, key?: string) =>
  expect(fn).toThrowError(expect.objectContaining({ name: 'EngineError', field, ...(key ? { key } : {}) }));

describe('comm rejects bad input with EngineError naming the field', () => {
  it('NaN bytes → notFinite on bytes', () => throwsField(() => collectiveTime({ ...ok, bytes: Number.NaN }), 'bytes', 'notFinite'));
  it('Infinity bandwidth → notFinite on bandwidth', () => throwsField(() => collectiveTime({ ...ok, bandwidth: Infinity }), 'bandwidth', 'notFinite'));
  it('negative latency → negative on latency', () => throwsField(() => collectiveTime({ ...ok, latency: -1 }), 'latency', 'negative'));
  it('zero bandwidth → notPositive on bandwidth', () => throwsField(() => collectiveTime({ ...ok, bandwidth: 0 }), 'bandwidth', 'notPositive'));
  it('zero ranks → notPositive on ranks', () => throwsField(() => collectiveTime({ ...ok, ranks: 0 }), 'ranks', 'notPositive'));
  it('fractional ranks → notInteger on ranks', () => throwsField(() => collectiveTime({ ...ok, ranks: 2.5 }), 'ranks', 'notInteger'));
  it('unknown collective → unknownOption on collective', () =>
    throwsField(() => collectiveTime({ ...ok, collective: 'scan' as never }), 'collective', 'unknownOption'));
  it('unknown algorithm → unknownOption on algorithm', () =>
    throwsField(() => collectiveTime({ ...ok, algorithm: 'butterfly' as never }), 'algorithm', 'unknownOption'));
  it('tree all-to-all → unknownOption on algorithm', () =>
    throwsField(() => collectiveTime({ ...ok, collective: 'all-to-all', algorithm: 'tree' }), 'algorithm', 'unknownOption'));
  it('hierarchical without ranksPerNode → notFinite on ranksPerNode', () =>
    throwsField(() => collectiveTime({ ...ok, algorithm: 'hierarchical' }), 'ranksPerNode'));
  it('hierarchical with ranks not divisible by ranksPerNode → notDivisible on ranks', () =>
    throwsField(() => collectiveTime({ ...ok, algorithm: 'hierarchical', ranks: 10, ranksPerNode: 4 }), 'ranks', 'notDivisible'));
  it('busBandwidthFactor with zero ranks → ranks', () => throwsField(() => busBandwidthFactor('all-reduce', 0), 'ranks'));
  it('ringAllReduceSchedule with negative ranks → ranks', () => throwsField(() => ringAllReduceSchedule(-3), 'ranks'));
  it('topKMessage with k > n → outOfRange on k', () =>
    throwsField(() => topKMessage({ bytes: 200, k: 101, codecBytesPerSec: 1e9 }), 'k', 'outOfRange'));
  it('topKMessage without k or density → missingField k', () => throwsField(() => topKMessage({ bytes: 200, codecBytesPerSec: 1e9 }), 'k', 'missingField'));
  it('quantizeMessage to an unknown format → unknownOption on to', () =>
    throwsField(() => quantizeMessage({ bytes: 2, from: 'fp16', to: 'int3' as never, codecBytesPerSec: 1e9 }), 'to', 'unknownOption'));
  it('overlapFraction above 1 → outOfRange on overlapFraction', () =>
    throwsField(() => overlappedTime({ computeSeconds: 1, commSeconds: 1, overlapFraction: 1.5 }), 'overlapFraction', 'outOfRange'));
  it('tensorParallelTraffic with tp = 0 → tp', () =>
    throwsField(() => tensorParallelTraffic({ batch: 1, tokens: 1, hidden: 8, layers: 1, tp: 0, bytesPerElement: 2 }), 'tp'));
  it('pipelineTimeline with the wrong number of stage times → stageSeconds', () =>
    throwsField(() => pipelineTimeline({ stages: 3, microBatches: 2, stageSeconds: [1, 2], p2pSeconds: 0 }), 'stageSeconds', 'invalidConfig'));
  it('optimalBucketMerge with decreasing ready times → the message field', () =>
    throwsField(() => optimalBucketMerge([{ bytes: 1, readySeconds: 2 }, { bytes: 1, readySeconds: 1 }], 1e-6, 1e-9), 'messages[1].readySeconds'));
  it('scheduleTransfers with duplicate ids → messages', () =>
    throwsField(() => scheduleTransfers({ messages: [{ id: 'a', bytes: 1, readySeconds: 0, priority: 0 }, { id: 'a', bytes: 1, readySeconds: 0, priority: 1 }], latency: 0, bandwidth: 1, policy: 'fifo' }), 'messages'));
});
