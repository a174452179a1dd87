export { createSimStore, SIM_STORAGE_PREFIX, type SimState, type SimStateValidator, type SimStore } from './createSimStore.ts';
export { dismissNotice, noticeStore, pushNotice, useNotices, type DeckNotice } from './notices.ts';
