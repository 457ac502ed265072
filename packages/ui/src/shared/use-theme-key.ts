'use client';
import { useEffect, useState } from 'react';

/**
 * Changes whenever the colour scheme may have changed (the OS preference or a `data-theme`
 * attribute on <html>), so canvas charts that read CSS variables can redraw.
 */
export function useThemeKey(): number {
  const [key, setKey] = useState(0);
  useEffect(() => {
    const bump = () => setKey((k) => k + 1);
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    media?.addEventListener?.('change', bump);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme', 'class'],
    });
    return () => {
      media?.removeEventListener?.('change', bump);
      observer.disconnect();
    };
  }, []);
  return key;
}

/** Reads a CSS custom property from an element, with a fallback. */
export function cssVar(el: Element, name: string, fallback: string): string {
  const value = getComputedStyle(el).getPropertyValue(name).trim();
  return value || fallback;
}
