// Public API of the comm area; re-exported by src/engine/index.ts.
export {};
