'use client';

import { useEffect } from 'react';
import { SCROLL_REGION, syncScrollFocus } from './scroll-focus';

/**
 * Keeps every scroll region on the page (`[data-scroll-region]`: wide tables, code blocks,
 * display math) in the Tab order only while it actually scrolls: a formula that fits is not a
 * Tab stop, the same formula on a phone is. Watches sizes (fonts loading, the window turning)
 * and regions added later (client navigation, the author's live preview).
 */
export function ScrollRegionFocus() {
  useEffect(() => {
    const watched = new WeakSet<Element>();
    const sizes = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const region = entry.target.closest(SCROLL_REGION);
        if (region instanceof HTMLElement) syncScrollFocus(region);
      }
    });
    const watch = () => {
      for (const region of document.querySelectorAll<HTMLElement>(SCROLL_REGION)) {
        if (watched.has(region)) continue;
        watched.add(region);
        sizes.observe(region);
        // The content can widen while the region's own box stays put (web fonts arriving).
        if (region.firstElementChild) sizes.observe(region.firstElementChild);
      }
    };
    watch();
    const added = new MutationObserver(watch);
    added.observe(document.body, { childList: true, subtree: true });
    return () => {
      added.disconnect();
      sizes.disconnect();
    };
  }, []);
  return null;
}
