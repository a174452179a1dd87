import { EngineError, requireOneOf, requirePositiveInt, requireObject, requireArray, requireString, requireNonNegative, requireBoolean, requireNumberFields } from '../errors.ts';
import { requireCount, requireIndex } from '../limits.ts';
import type { AttentionKernel } from '../model/operators.ts';
import { tensorParallelLayout } from '../model/operators.ts';
import type { ModelSpec } from '../model/types.ts';
import { validateModel } from '../model/validate.ts';
import { dtypeBytes, type DType } from './formats.ts';

/** One operator of a transformer layer's forward pass, in execution order. */
export interface LayerOp {
  readonly name: string;
  /** Tensor ids read. */
  readonly inputs: readonly string[];
  /** Tensor id written. */
  readonly output: string;
  /** Input id the output may overwrite (elementwise ops), when that input dies here. */
  readonly inPlaceOf?: string;
}

/** One activation tensor: produced by op `producer`, last read by op `lastUse` (indices into ops). */
export interface LayerTensor {
  readonly id: string;
  readonly bytes: number;
  readonly producer: number;
  readonly lastUse: number;
}

export interface LayerLifetimes {
  readonly ops: readonly LayerOp[];
  readonly tensors: readonly LayerTensor[];
  /** Tokens in flight, T = b·s. */
  readonly tokensInFlight: number;
}

export interface LayerLifetimeOptions {
  readonly batch: number;
  /** Prompt tokens per sequence (prefill). */
  readonly tokens: number;
  readonly activations?: DType;
  readonly attention?: AttentionKernel;
  readonly tp?: number;
}

const ATTENTION: readonly AttentionKernel[] = ['flash', 'naive'];

/**
 * The activation tensors of one decoder layer's prefill forward pass and
 * their lifetimes (producer op → last consumer op), per GPU:
 *   x (T·d, the layer input, kept for the residual) → norm → h1 (T·d) → q (T·q)
 *   → attention (k, v go to the KV cache, not here) → ctx (T·q) → o_proj → o (T·d)
 *   → x2 = x + o → norm → h2 → gate, up (T·d_ff each) → act·mul → m → down → y
 *   → out = x2 + y.
 * With the naive attention kernel the score and probability matrices
 * (b·n_h·s·s each) are materialised between q and ctx. Sizes: elements × a
 * bytes per activation element; T = b·s; widths per GPU as emitOperators.
 * The layer input exists before op 0 (producer 0 = "input"), the output lives to the end.
 * Ignores: K and V (written straight into the KV cache), kernel workspaces, MoE routing.
 * Sources: 'hf-transformers-modeling' (operator order); 'pisarchyk-2020-memory' (lifetime intervals).
 */
export function layerTensorLifetimes(model: ModelSpec, opts: LayerLifetimeOptions): LayerLifetimes {
  validateModel(model);
  requireObject('opts', opts);
  const b = requirePositiveInt('batch', opts.batch);
  const s = requirePositiveInt('tokens', opts.tokens);
  const tp = requirePositiveInt('tp', opts.tp ?? 1);
  const attention = requireOneOf('attention', opts.attention ?? 'flash', ATTENTION);
  const a = dtypeBytes('activations', opts.activations ?? 'fp16');
  const layout = tensorParallelLayout(model, tp);
  const T = b * s;
  const d = model.hiddenSize;
  const q = layout.headsPerGpu * model.headDim;
  const k = model.moe ? model.moe.expertsPerToken : 1;
  const ff = (model.intermediateSize * k) / tp;
  const scores = b * layout.headsPerGpu * s * s;

  const size: Record<string, number> = { x: T * d, h1: T * d, q: T * q, S: scores, P: scores, ctx: T * q, o: T * d, x2: T * d, h2: T * d, g: T * ff, u: T * ff, m: T * ff, f1: T * ff, f2: T * ff, y: T * d, out: T * d };
  const ops: LayerOp[] = [
    { name: 'input', inputs: [], output: 'x' },
    { name: 'input_norm', inputs: ['x'], output: 'h1' },
    { name: 'q_proj', inputs: ['h1'], output: 'q' },
    ...(attention === 'naive'
      ? [
          { name: 'attn_scores', inputs: ['q'], output: 'S' },
          { name: 'softmax', inputs: ['S'], output: 'P', inPlaceOf: 'S' },
          { name: 'attn_v', inputs: ['P'], output: 'ctx' },
        ]
      : [{ name: 'flash_attention', inputs: ['q'], output: 'ctx' }]),
    { name: 'o_proj', inputs: ['ctx'], output: 'o' },
    { name: 'attn_residual', inputs: ['x', 'o'], output: 'x2', inPlaceOf: 'o' },
    { name: 'post_attention_norm', inputs: ['x2'], output: 'h2' },
    ...(model.mlp === 'gated'
      ? [
          { name: 'gate_proj', inputs: ['h2'], output: 'g' },
          { name: 'up_proj', inputs: ['h2'], output: 'u' },
          { name: 'act_mul', inputs: ['g', 'u'], output: 'm', inPlaceOf: 'g' },
          { name: 'down_proj', inputs: ['m'], output: 'y' },
        ]
      : [
          { name: 'fc1', inputs: ['h2'], output: 'f1' },
          { name: 'act', inputs: ['f1'], output: 'f2', inPlaceOf: 'f1' },
          { name: 'fc2', inputs: ['f2'], output: 'y' },
        ]),
    { name: 'mlp_residual', inputs: ['x2', 'y'], output: 'out', inPlaceOf: 'y' },
  ];
  const last = ops.length - 1;
  const tensors: LayerTensor[] = ops.map((op, i) => {
    let lastUse = i;
    ops.forEach((o, j) => { if (o.inputs.includes(op.output)) lastUse = Math.max(lastUse, j); });
    if (op.output === 'out') lastUse = last;
    return { id: op.output, bytes: (size[op.output] ?? 0) * a, producer: i, lastUse };
  });
  return { ops, tensors, tokensInFlight: T };
}

/** Operators and tensors a layer's lifetimes hold: far more than any layer has. */
const MAX_LAYER_ITEMS = 1 << 16;

/** Lifetimes handed back by a caller (normally layerTensorLifetimes' result): ops and tensors well formed, indices within the ops. */
function requireLifetimes(value: unknown): LayerLifetimes {
  const l = requireObject('l', value);
  const ops = requireArray('l.ops', l.ops, MAX_LAYER_ITEMS);
  ops.forEach((x, i) => {
    const op = requireObject(`l.ops[${i}]`, x);
    requireArray(`l.ops[${i}].inputs`, op.inputs, MAX_LAYER_ITEMS).forEach((t, j) => requireString(`l.ops[${i}].inputs[${j}]`, t));
    requireString(`l.ops[${i}].output`, op.output);
    if (op.inPlaceOf !== undefined) requireString(`l.ops[${i}].inPlaceOf`, op.inPlaceOf);
  });
  requireArray('l.tensors', l.tensors, MAX_LAYER_ITEMS).forEach((x, i) => {
    const t = requireObject(`l.tensors[${i}]`, x);
    requireString(`l.tensors[${i}].id`, t.id);
    requireNonNegative(`l.tensors[${i}].bytes`, t.bytes);
    const producer = requireIndex(`l.tensors[${i}].producer`, t.producer, Math.max(0, ops.length - 1));
    const lastUse = requireIndex(`l.tensors[${i}].lastUse`, t.lastUse, Math.max(0, ops.length - 1));
    if (lastUse < producer) throw new EngineError('outOfRange', { field: `l.tensors[${i}].lastUse`, value: lastUse, min: producer, max: ops.length - 1 });
  });
  return value as LayerLifetimes;
}

/** A buffer after in-place merging: tensors that share one allocation. */
export interface LayerBuffer {
  readonly id: string;
  readonly tensors: readonly string[];
  readonly bytes: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Buffers of a layer: one per tensor, or, with in-place operators, an
 * elementwise op's output written over the input it names (that input dies
 * at this op), so the two share one buffer spanning both lifetimes:
 *   buffer = [producer(in), lastUse(out)], bytes = max(|in|, |out|).
 * Source: 'pisarchyk-2020-memory' (shared objects), 'abadi-2016-tensorflow' (in-place forwarding).
 */
export function layerBuffers(l: LayerLifetimes, inPlace: boolean): LayerBuffer[] {
  requireLifetimes(l);
  requireBoolean('inPlace', inPlace);
  const byId = new Map(l.tensors.map((t) => [t.id, t]));
  const owner = new Map<string, string>();
  const buffers = new Map<string, { tensors: string[]; bytes: number; start: number; end: number }>();
  for (const t of l.tensors) {
    const op = l.ops[t.producer];
    const host = inPlace && op?.inPlaceOf !== undefined && byId.get(op.inPlaceOf)?.lastUse === t.producer ? owner.get(op.inPlaceOf) : undefined;
    if (host !== undefined) {
      const buf = buffers.get(host);
      if (buf) {
        buf.tensors.push(t.id);
        buf.bytes = Math.max(buf.bytes, t.bytes);
        buf.end = Math.max(buf.end, t.lastUse);
        owner.set(t.id, host);
        continue;
      }
    }
    owner.set(t.id, t.id);
    buffers.set(t.id, { tensors: [t.id], bytes: t.bytes, start: t.producer, end: t.lastUse });
  }
  return [...buffers.entries()].map(([id, b]) => ({ id, ...b }));
}

/**
 * Live bytes at each op: Σ bytes of buffers with start ≤ i ≤ end (inputs and
 * the output of an op are live together). Its maximum is the lower bound any
 * offset allocator can reach. Source: 'pisarchyk-2020-memory' Sec. 4.
 */
export function liveBytesByOp(buffers: readonly LayerBuffer[], opCount: number): number[] {
  const n = requireCount('opCount', opCount, MAX_LAYER_ITEMS);
  requireArray('buffers', buffers, MAX_LAYER_ITEMS).forEach((x, i) => {
    const b = requireNumberFields(`buffers[${i}]`, x, ['bytes']);
    const start = requireIndex(`buffers[${i}].start`, (b as unknown as LayerBuffer).start, n - 1);
    const end = requireIndex(`buffers[${i}].end`, (b as unknown as LayerBuffer).end, n - 1);
    if (end < start) throw new EngineError('outOfRange', { field: `buffers[${i}].end`, value: end, min: start, max: n - 1 });
  });
  const live: number[] = new Array<number>(n).fill(0);
  for (const b of buffers) for (let i = b.start; i <= b.end; i++) live[i] = (live[i] ?? 0) + b.bytes;
  return live;
}
