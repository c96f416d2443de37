/**
 * Draws charts one per task. React renders a transition in slices but commits it in one go, so a
 * new picture that redraws eight charts held the page's thread 0.3-0.7 s (parsing each SVG into
 * elements, committing and laying them out). Each chart instead asks for a turn; a turn is one
 * macrotask in which only that chart renders and commits (its update is flushed synchronously),
 * so the longest task is the slowest single chart and input is handled between turns.
 */

type Turn = () => void;

const waiting: Turn[] = [];
let scheduled = false;

function pump(): void {
  if (scheduled || waiting.length === 0) return;
  scheduled = true;
  // A timer, not requestIdleCallback: idle time may never come while the workers stream pictures.
  setTimeout(() => {
    scheduled = false;
    waiting.shift()?.();
    pump();
  }, 0);
}

/** Queues `turn` to run in a task of its own; returns a function that withdraws it if still waiting. */
export function requestDrawTurn(turn: Turn): () => void {
  waiting.push(turn);
  pump();
  return () => {
    const at = waiting.indexOf(turn);
    if (at >= 0) waiting.splice(at, 1);
  };
}

/** How many turns are waiting (for tests). */
export function waitingTurns(): number {
  return waiting.length;
}
