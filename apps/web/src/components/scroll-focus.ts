/** What marks an element that may scroll (set by `ScrollRegion` and the lesson pipeline). */
export const SCROLL_REGION = '[data-scroll-region]';

export interface ScrollBox {
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
  /** computed `overflow-x` / `overflow-y`: only `auto` and `scroll` let a reader scroll */
  overflowX: string;
  overflowY: string;
}

const SCROLLABLE = new Set(['auto', 'scroll']);

/**
 * Whether a reader can scroll the box: its content is wider (or taller) than the box on an
 * axis that scrolls. A pixel of rounding is not scrolling.
 *
 * @example scrolls({ scrollWidth: 600, clientWidth: 350, scrollHeight: 40, clientHeight: 40, overflowX: 'auto', overflowY: 'hidden' }) // true
 */
export function scrolls(box: ScrollBox): boolean {
  const wide = SCROLLABLE.has(box.overflowX) && box.scrollWidth > box.clientWidth + 1;
  const tall = SCROLLABLE.has(box.overflowY) && box.scrollHeight > box.clientHeight + 1;
  return wide || tall;
}

/** Puts a region in the Tab order while it scrolls, and takes it out while it does not. */
export function syncScrollFocus(region: HTMLElement): void {
  const { overflowX, overflowY } = getComputedStyle(region);
  const box = {
    scrollWidth: region.scrollWidth,
    clientWidth: region.clientWidth,
    scrollHeight: region.scrollHeight,
    clientHeight: region.clientHeight,
    overflowX,
    overflowY,
  };
  if (scrolls(box)) region.tabIndex = 0;
  else region.removeAttribute('tabindex');
}
