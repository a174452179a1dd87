import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** Whether the search dialog (toolbar, or the / key) is open. */
export const searchStore = createStore<{ open: boolean }>(() => ({ open: false }));

export const openSearch = (): void => searchStore.setState({ open: true });
export const closeSearch = (): void => searchStore.setState({ open: false });
export const isSearchOpen = (): boolean => searchStore.getState().open;
export const useSearchOpen = (): boolean => useStore(searchStore, (s) => s.open);
