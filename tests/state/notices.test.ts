import { afterEach, describe, expect, it, vi } from 'vitest';
import { dismissNotice, noticeStore, pushNotice, upsertNotice } from '../../src/state/notices.ts';

const text = { zh: '讲义已缓存', en: 'Cached' };

afterEach(() => {
  vi.useRealTimers();
  noticeStore.setState({ notices: [] });
});

describe('deck notices', () => {
  it('the same text is shown once however often it is pushed, and can be dismissed', () => {
    pushNotice(text);
    pushNotice(text);
    const { notices } = noticeStore.getState();
    expect(notices).toHaveLength(1);
    dismissNotice(notices[0]!.id);
    expect(noticeStore.getState().notices).toHaveLength(0);
  });

  it('a notice with expiresMs goes away by itself, and only then', () => {
    vi.useFakeTimers();
    pushNotice(text, undefined, 6000);
    pushNotice({ zh: '另一条', en: 'Another' });
    vi.advanceTimersByTime(5999);
    expect(noticeStore.getState().notices).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(noticeStore.getState().notices.map((n) => n.text.en)).toEqual(['Another']);
  });

  it('upsertNotice replaces the text of the notice with its key instead of stacking', () => {
    upsertNotice('k', text);
    upsertNotice('k', { zh: '新', en: 'New' });
    expect(noticeStore.getState().notices.map((n) => n.text.en)).toEqual(['New']);
  });
});
