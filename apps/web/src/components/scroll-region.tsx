import type { ReactNode } from 'react';

/**
 * A region that scrolls sideways when its content (a wide table) is wider than the page, so the
 * page itself never does. It starts focusable, so keyboard users can scroll it even without
 * JavaScript; `ScrollRegionFocus` takes it out of the Tab order while its content fits.
 *
 * @example <ScrollRegion label="Learners"><table className="table">…</table></ScrollRegion>
 */
export function ScrollRegion({
  label,
  labelledBy,
  className = '',
  children,
}: {
  label?: string;
  labelledBy?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      className={`scroll-region ${className}`.trim()}
      aria-label={label}
      aria-labelledby={labelledBy}
      data-scroll-region=""
      // A scrolling region must be reachable by keyboard (axe: scrollable-region-focusable).
      // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
      tabIndex={0}
    >
      {children}
    </section>
  );
}
