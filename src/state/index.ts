export { dismissNotice, noticeStore, pushNotice, useNotices, type DeckNotice } from './notices.ts';
