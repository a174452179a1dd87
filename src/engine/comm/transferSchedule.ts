/**
 * Priority transmission on one link (ByteScheduler, Peng et al. 2019).
 *
 * Messages become ready at given times and share one link in sequence; each
 * piece costs α + bytes/B. With 'fifo' the link sends whole messages in order
 * of readiness. With 'priority' messages are cut into chunks of `chunkBytes`
 * and, whenever the link frees up, the ready chunk with the smallest priority
 * number goes next, so the tensor the next layer needs first overtakes a
 * large one already under way (preemption at chunk boundaries). Ignores
 * bidirectional use of the link and receiver-side processing.
 */
import { EngineError, requireFinite, requireNonNegative, requireOneOf, requirePositive, requireObject, requireArray, requireString } from '../errors.ts';

export interface TransferMessage {
  readonly id: string;
  readonly bytes: number;
  readonly readySeconds: number;
  /** Smaller = more urgent (e.g. the index of the layer that consumes it next). */
  readonly priority: number;
}

export interface TransferSegment {
  readonly id: string;
  readonly startSeconds: number;
  readonly endSeconds: number;
  readonly bytes: number;
}

export interface TransferScheduleResult {
  readonly segments: readonly TransferSegment[];
  /** Completion time of each message by id. */
  readonly finishSeconds: Readonly<Record<string, number>>;
  readonly makespanSeconds: number;
}

interface Pending { readonly index: number; readonly msg: TransferMessage; remaining: number }

/** Most transfer segments one schedule draws (messages × chunks each). */
export const MAX_TRANSFER_SEGMENTS = 1 << 16;

export function scheduleTransfers(params: {
  messages: readonly TransferMessage[];
  latency: number;
  bandwidth: number;
  policy: 'fifo' | 'priority';
  chunkBytes?: number;
}): TransferScheduleResult {
  requireObject('params', params);
  const alpha = requireNonNegative('latency', params.latency);
  const bw = requirePositive('bandwidth', params.bandwidth);
  const policy = requireOneOf('policy', params.policy, ['fifo', 'priority'] as const);
  requireArray('messages', params.messages, MAX_TRANSFER_SEGMENTS);
  const pending: Pending[] = params.messages.map((msg, index) => {
    requireObject(`messages[${index}]`, msg);
    requireString(`messages[${index}].id`, msg.id);
    requireNonNegative(`messages[${index}].bytes`, msg.bytes);
    requireNonNegative(`messages[${index}].readySeconds`, msg.readySeconds);
    requireFinite(`messages[${index}].priority`, msg.priority);
    return { index, msg, remaining: msg.bytes };
  });
  const ids = new Set(pending.map((p) => p.msg.id));
  if (ids.size !== pending.length) throw new EngineError('invalidConfig', { field: 'messages', reason: 'duplicateMessageIds' });
  const chunk = policy === 'priority' ? requirePositive('chunkBytes', params.chunkBytes ?? Number.MAX_VALUE) : Number.MAX_VALUE;
  const pieces = pending.reduce((n, p) => n + Math.max(1, Math.ceil(p.remaining / chunk)), 0);
  if (pieces > MAX_TRANSFER_SEGMENTS) throw new EngineError('outOfRange', { field: 'chunkBytes', value: params.chunkBytes, min: pending.reduce((n, p) => n + p.remaining, 0) / MAX_TRANSFER_SEGMENTS, max: Number.MAX_VALUE });

  const segments: TransferSegment[] = [];
  const finishSeconds: Record<string, number> = {};
  let now = 0;
  let open = pending.slice();
  while (open.length > 0) {
    const ready = open.filter((p) => p.msg.readySeconds <= now);
    if (ready.length === 0) {
      now = Math.min(...open.map((p) => p.msg.readySeconds));
      continue;
    }
    const key = (p: Pending) => (policy === 'fifo' ? p.msg.readySeconds : p.msg.priority);
    ready.sort((x, y) => key(x) - key(y) || x.msg.readySeconds - y.msg.readySeconds || x.index - y.index);
    const next = ready[0] as Pending;
    const bytes = Math.min(next.remaining, chunk);
    const end = now + alpha + bytes / bw;
    segments.push({ id: next.msg.id, startSeconds: now, endSeconds: end, bytes });
    next.remaining -= bytes;
    now = end;
    if (next.remaining <= 0) {
      finishSeconds[next.msg.id] = end;
      open = open.filter((p) => p !== next);
    }
  }
  return { segments, finishSeconds, makespanSeconds: now };
}
