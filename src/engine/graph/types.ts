/**
 * A computation graph as an inference compiler sees it before optimisation:
 * nodes (operators) that read and write named tensors. One node = one kernel
 * until a pass groups nodes into a fused kernel.
 */

/** Tensor kinds: runtime activations, compile-time constants, and the KV cache carried between steps. */
export type TensorKind = 'activation' | 'constant' | 'kv';

export interface GraphTensor {
  readonly id: string;
  readonly bytes: number;
  readonly kind: TensorKind;
}

export type NodeKind = 'matmul' | 'elementwise' | 'reduction' | 'layout' | 'constant' | 'identity';

/** The fusion rules the fusion pass applies, and the two memory-access optimisations. */
export type GroupRule = 'elementwise' | 'bias-act' | 'norm' | 'qkv' | 'tiling';

export interface GraphNode {
  readonly id: string;
  readonly kind: NodeKind;
  /** Operation name used to recognise identical computations (CSE). */
  readonly op: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly flops: number;
  /** Parameter bytes the node reads (weights are not graph tensors). */
  readonly weightBytes: number;
  /** Fusion groups this node may join: nodes sharing a key under an enabled rule form one kernel. */
  readonly groups: readonly { readonly rule: GroupRule; readonly key: string }[];
  /** Dropout and other training-only operators: the identity at inference. */
  readonly identityAtInference?: boolean;
}

export interface Graph {
  readonly tensors: Readonly<Record<string, GraphTensor>>;
  /** Nodes in a topological order. */
  readonly nodes: readonly GraphNode[];
  /** Tensors the step must produce (the block output, the new KV entries). */
  readonly outputs: readonly string[];
}

export type PassId =
  | 'fold' | 'dce' | 'cse'
  | 'fuse-elementwise' | 'fuse-bias-act' | 'fuse-norm' | 'fuse-qkv'
  | 'layout' | 'tiling';

/** Passes in the order the optimiser applies them. */
export const PASS_ORDER: readonly PassId[] = [
  'fold', 'dce', 'cse', 'fuse-elementwise', 'fuse-bias-act', 'fuse-norm', 'fuse-qkv', 'layout', 'tiling',
];

export type RemovalReason = 'fold' | 'dce' | 'cse' | 'layout';

export interface OptimisedGraph {
  readonly graph: Graph;
  /** Nodes still executed, with inputs rewired by the passes. */
  readonly nodes: readonly GraphNode[];
  /** Nodes removed, and by which pass. */
  readonly removed: readonly { readonly node: GraphNode; readonly by: RemovalReason }[];
  /** The kernels launched: each a list of node ids (a singleton when unfused). */
  readonly kernels: readonly (readonly string[])[];
  readonly passes: readonly PassId[];
}
