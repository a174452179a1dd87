// Public API of the computation-graph area (a block's graph, optimisation passes, their cost); re-exported by src/engine/index.ts.
export * from './types.ts';
export * from './blockGraph.ts';
export * from './passes.ts';
export * from './cost.ts';
export * from './compare.ts';
export * from './passSteps.ts';
export * from './derivations.ts';
