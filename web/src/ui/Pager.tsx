/**
 * Previous / Next through pages of topologies, with where you are ("Topologies 9–16 of 300").
 * Shown only when there is more than one page.
 */
import { startTransition } from "react";
import { pageRange } from "../charts/topology-page";

/** Props of the pager. */
export interface PagerProps {
  /** What is paged, e.g. "Topologies shown". */
  label: string;
  count: number;
  page: number;
  onPage(page: number): void;
}

/** The pager, or nothing for a single page. */
export function Pager({ label, count, page, onPage }: PagerProps) {
  const range = pageRange(count, page);
  if (range.pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button
        type="button"
        disabled={range.page === 0}
        onClick={() => startTransition(() => onPage(range.page - 1))}
      >
        Previous
      </button>
      <span aria-live="polite">
        Topologies {range.from + 1}–{range.to} of {count}
      </span>
      <button
        type="button"
        disabled={range.page === range.pages - 1}
        onClick={() => startTransition(() => onPage(range.page + 1))}
      >
        Next
      </button>
    </nav>
  );
}
