// Public API of the energy area; re-exported by src/engine/index.ts.
export {};
