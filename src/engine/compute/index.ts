// Public API of the compute area (roofline points, ridge batch, fusion, FlashAttention I/O, the TPU paper, strategy table); re-exported by src/engine/index.ts.
export * from './operatorBounds.ts';
export * from './ridgeBatch.ts';
export * from './derivations.ts';
export * from './tpuPaper.ts';
export * from './fusion.ts';
export * from './flashAttention.ts';
export * from './computeStrategies.ts';
