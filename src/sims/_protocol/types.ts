import type { ComponentType } from 'react';

/** Props every simulator receives from its `::sim` line. */
export type SimProps = {
  /** The `::sim` attributes other than `caption`, as written (strings); the simulator validates them. */
  preset: Readonly<Record<string, string>>;
  /** The caption text (图N … / Figure N …); SimMount already shows it under the simulator. */
  caption?: string;
};

export type SimComponent = ComponentType<SimProps>;

/** What `src/sims/<name>/index.tsx` must provide. */
export type SimModule = { default: SimComponent };

export type SimLoader = () => Promise<SimModule>;
