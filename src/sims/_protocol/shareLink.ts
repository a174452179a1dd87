/**
 * Share links: a simulator's state in the page address —
 * `?sim=<placement>&state=<share form>#/<slide id>` — so a link opens that
 * slide with that setting. The state is the placement's compact, versioned
 * share form (src/state/inputs.ts), validated against its declared inputs
 * when the placement is created. Anything wrong with a link (truncated, from
 * an older version, hostile, naming no simulator) falls back to the slide's
 * preset with one short notice; nothing from the address reaches the page as
 * HTML.
 */
import { both } from '../../i18n/index.ts';
import { pushNotice } from '../../state/notices.ts';

export const SIM_PARAM = 'sim';
export const STATE_PARAM = 'state';
const PLACEMENT = /^[a-z0-9-]{1,40}(:[a-z0-9-]{1,20})?$/;
const MAX_STATE = 4000;

export interface SharedState {
  readonly placement: string;
  readonly state: string;
}

let pending: SharedState | null = null;
let noticed = false;

function notice(key: 'share.bad' | 'share.partial' | 'share.unknownSim'): void {
  if (noticed) return;
  noticed = true;
  pushNotice(both(key));
}

/** Reads a share link from the address once, at start-up; a malformed one is reported and dropped. */
export function readShareLink(search: string): SharedState | null {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return null;
  }
  const placement = params.get(SIM_PARAM);
  const state = params.get(STATE_PARAM);
  if (placement === null && state === null) return null;
  if (placement === null || state === null || !PLACEMENT.test(placement) || state.length === 0 || state.length > MAX_STATE) {
    notice('share.bad');
    return null;
  }
  pending = { placement, state };
  return pending;
}

/** The pending shared state for this placement, once (the placement applies it when it is created). */
export function takeSharedState(placement: string): string | null {
  if (pending === null || pending.placement !== placement) return null;
  const { state } = pending;
  pending = null;
  clearShareParams();
  return state;
}

/** The result of applying a shared state: report what could not be read. */
export function reportSharedState(result: { readonly ok: boolean; readonly rejected?: readonly string[] }): void {
  if (!result.ok) notice('share.bad');
  else if ((result.rejected?.length ?? 0) > 0) notice('share.partial');
}

/** Called once the deck knows its placements: a link naming none of them says so. */
export function checkSharedPlacement(placements: ReadonlySet<string>): void {
  if (pending !== null && !placements.has(pending.placement)) {
    pending = null;
    clearShareParams();
    notice('share.unknownSim');
  }
}

/** Removes the share parameters from the address (a reload then keeps the reader's own changes). */
function clearShareParams(): void {
  try {
    const url = new URL(window.location.href);
    url.searchParams.delete(SIM_PARAM);
    url.searchParams.delete(STATE_PARAM);
    window.history.replaceState(window.history.state, '', url.toString());
  } catch {
    // no history API (tests): the address stays as it is
  }
}

/** The link that opens `slideId` with `placement` in `state`, in `lang`, from the current address. */
export function shareUrl(href: string, o: { readonly placement: string; readonly state: string; readonly slideId: string | null; readonly lang: string }): string {
  const url = new URL(href);
  url.search = '';
  url.searchParams.set('lang', o.lang);
  url.searchParams.set(SIM_PARAM, o.placement);
  url.searchParams.set(STATE_PARAM, o.state);
  // Slide ids keep their slash readable (#/memory-basics/budget); reveal.js reads both forms.
  url.hash = o.slideId ? `/${o.slideId.split('/').map(encodeURIComponent).join('/')}` : '';
  return url.toString();
}

/** For tests: forget a pending link and the one-notice guard. */
export function resetShareLink(): void {
  pending = null;
  noticed = false;
}
