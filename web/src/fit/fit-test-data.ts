/** Test data of the fit panel's tests: the shipped example incident file (docs/examples). */
import { readFileSync } from "node:fs";

/** docs/examples/incidents.csv as text. */
export const EXAMPLE_INCIDENTS = readFileSync(
  new URL("../../../docs/examples/incidents.csv", import.meta.url),
  "utf8",
);

/** The export period the docs pass for the example (docs/fitting.md). */
export const EXAMPLE_WINDOW = { windowStart: "2025-06-01T00:00:00Z", windowEnd: "2026-06-01T00:00:00Z" };
