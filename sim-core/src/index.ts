// Public API of @resilab/sim-core. Explicit named exports only; anything not listed here is internal.
// Each area keeps its exports in its own section below.

// --- errors ---
export type { Issue } from "./errors";
export { describeValue, formatIssue, invalid, SimulationError, ValidationError } from "./errors";

// --- kernel ---

// --- random ---

// --- stats ---

// --- oracles ---

// --- model ---

// --- experiments ---
