import { lazy, type LazyExoticComponent } from 'react';
import type { SimComponent, SimLoader, SimModule } from './types.ts';

/** Simulator names, in sorted order, with their lazy chunk loaders. */
export interface SimRegistry {
  readonly names: readonly string[];
  has(name: string): boolean;
  /** A React.lazy component for `name` (cached), or undefined for an unknown name. */
  component(name: string): LazyExoticComponent<SimComponent> | undefined;
  /** Drops the cached component so the next render imports the chunk again (Retry). */
  forget(name: string): void;
}

const SIM_PATH = /^\.\.\/([^/]+)\/index\.tsx$/;

/** The simulator name of a glob key such as `../memory-budget/index.tsx`; folders starting with `_` are not simulators. */
export function simNameOfPath(path: string): string | undefined {
  const match = SIM_PATH.exec(path);
  const name = match?.[1];
  return name && !name.startsWith('_') ? name : undefined;
}

export function createSimRegistry(modules: Readonly<Record<string, () => Promise<unknown>>>): SimRegistry {
  const loaders = new Map<string, SimLoader>();
  for (const [path, load] of Object.entries(modules)) {
    const name = simNameOfPath(path);
    if (name) loaders.set(name, load as SimLoader);
  }
  const cache = new Map<string, LazyExoticComponent<SimComponent>>();
  return {
    names: [...loaders.keys()].sort(),
    has: (name) => loaders.has(name),
    component(name) {
      const load = loaders.get(name);
      if (!load) return undefined;
      let component = cache.get(name);
      if (!component) {
        component = lazy(async (): Promise<SimModule> => {
          const module = await load();
          if (typeof module?.default !== 'function' && typeof module?.default !== 'object') {
            throw new Error(`src/sims/${name}/index.tsx has no default export`);
          }
          return module;
        });
        cache.set(name, component);
      }
      return component;
    },
    forget: (name) => {
      cache.delete(name);
    },
  };
}

// Each src/sims/<name>/index.tsx becomes its own chunk, fetched the first
// time its slide comes near (see SimMount).
export const simRegistry: SimRegistry = createSimRegistry(import.meta.glob('../*/index.tsx'));
