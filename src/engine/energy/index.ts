// Public API of the energy area; re-exported by src/engine/index.ts.
export * from './horowitz45nm.ts';
export * from './szeNormalized.ts';
export * from './operationEnergy.ts';
export * from './inferenceEnergy.ts';
export * from './servingEnergy.ts';
