import type { ReactNode } from "react";

/**
 * A wide table's horizontal scroll box: focusable and named, so keyboard users can scroll it
 * (axe "scrollable-region-focusable"), and positioned so nothing inside escapes the page at 360 px.
 */
export function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
