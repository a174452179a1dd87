// Public API of the compression area; re-exported by src/engine/index.ts.
export {};
