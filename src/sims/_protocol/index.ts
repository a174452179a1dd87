export type { SimComponent, SimLoader, SimModule, SimProps } from './types.ts';
export { createSimRegistry, simNameOfPath, simRegistry, type SimRegistry } from './registry.ts';
export { SimMount, SimRegistryContext, type SimMountProps } from './SimMount.tsx';
export { SimErrorBoundary } from './SimErrorBoundary.tsx';
export { useSlideActive, SlideElementContext } from './slideContext.ts';
export { isSlideActive, isSlideNear, setSlideActivity, slideActivityStore, type SlideActivity } from './slideActivity.ts';
export { useLang } from '../../i18n/index.ts';
export { isSimExpanded, setSimExpanded, simExpandStore, toggleSimExpanded } from './simExpand.ts';
