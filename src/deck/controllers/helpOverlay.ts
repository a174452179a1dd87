import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** Whether the deck's own (bilingual) help overlay is open. */
export const helpStore = createStore<{ open: boolean }>(() => ({ open: false }));

export const openHelp = (): void => helpStore.setState({ open: true });
export const closeHelp = (): void => helpStore.setState({ open: false });
export const toggleHelp = (): void => helpStore.setState({ open: !helpStore.getState().open });
export const isHelpOpen = (): boolean => helpStore.getState().open;
export const useHelpOpen = (): boolean => useStore(helpStore, (s) => s.open);
