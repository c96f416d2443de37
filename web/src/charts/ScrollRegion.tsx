/**
 * A wrapper that scrolls sideways when its table is wider than the screen. It is a labelled,
 * focusable region so keyboard users can reach it and scroll it with the arrow keys (axe:
 * scrollable-region-focusable).
 */
export function ScrollRegion({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it.
    <section className="table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
