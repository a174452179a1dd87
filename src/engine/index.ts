/**
 * The engine's public API (issue #3). Everything a simulator, a slide or a test
 * uses is exported by name from here. The engine imports nothing from the app.
 */
export * from './units.ts';
export * from './errors.ts';
export * from './derivation.ts';
export { sources, getSource, isSourceKey } from './sources/index.ts';
export type { Source, SourceKey } from './sources/index.ts';
export * from './comm/index.ts';
export * from './energy/index.ts';
export * from './compression/index.ts';
