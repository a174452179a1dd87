import { beforeEach, describe, expect, it } from 'vitest';
import { noticeStore } from '../../src/state/notices.ts';
import { checkSharedPlacement, readShareLink, resetShareLink, shareUrl, takeSharedState } from '../../src/sims/_protocol/shareLink.ts';

beforeEach(() => {
  resetShareLink();
  noticeStore.setState({ notices: [] });
});

describe('share links', () => {
  it('shareUrl puts the placement and state in the query and the slide id, slash kept, in the hash', () => {
    const url = shareUrl('https://example.org/course/?lang=zh&sim=old#/3/1', { placement: 'memory-budget', state: '1~batch.32', slideId: 'memory-basics/budget', lang: 'en' });
    expect(url).toBe('https://example.org/course/?lang=en&sim=memory-budget&state=1%7Ebatch.32#/memory-basics/budget');
  });

  it('readShareLink keeps a well-formed link for its placement, once', () => {
    expect(readShareLink('?sim=memory-budget%3Atable&state=1~batch.8')).toEqual({ placement: 'memory-budget:table', state: '1~batch.8' });
    expect(takeSharedState('roofline')).toBeNull();
    expect(takeSharedState('memory-budget:table')).toBe('1~batch.8');
    expect(takeSharedState('memory-budget:table')).toBeNull();
  });

  it('a malformed or hostile link is dropped with one notice, however many problems it has', () => {
    for (const search of ['?sim=<script>&state=1', '?sim=memory-budget', `?sim=memory-budget&state=${'x'.repeat(5000)}`, '?state=1~batch.2']) {
      expect(readShareLink(search)).toBeNull();
    }
    expect(noticeStore.getState().notices).toHaveLength(1);
  });

  it('a link naming no placement of the deck says so', () => {
    readShareLink('?sim=no-such-sim&state=1');
    checkSharedPlacement(new Set(['memory-budget']));
    expect(noticeStore.getState().notices[0]?.text.en).toMatch(/does not exist/);
    expect(takeSharedState('no-such-sim')).toBeNull();
  });

  it('an address without a link reads nothing and says nothing', () => {
    expect(readShareLink('?lang=zh')).toBeNull();
    expect(noticeStore.getState().notices).toHaveLength(0);
  });
});
