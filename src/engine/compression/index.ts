// Public API of the compression area; re-exported by src/engine/index.ts.
export * from './weightSharing.ts';
export * from './sparseIndex.ts';
export * from './huffman.ts';
export * from './indexDistributions.ts';
export * from './deepCompressionTables.ts';
export * from './deepCompressionRatio.ts';
export * from './compressionPipeline.ts';
export * from './llmCompression.ts';
export * from './compressionDerivations.ts';
