/**
 * The Okabe–Ito palette (Okabe & Ito 2008), distinguishable under the common colour-vision
 * deficiencies. Topologies keep one colour each across every chart (by their index in the
 * result); verdicts use their own three colours and are always also written as words.
 */
import type { Verdict } from "@resilab/sim-core";

/** The eight Okabe–Ito colours. */
export const OKABE_ITO = {
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
} as const;

// Vermillion marks the service level and missed verdicts, so series get it only when seven
// colours are used up; yellow has little contrast on white, so it comes late too.
const SERIES: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
  OKABE_ITO.yellow,
  OKABE_ITO.vermillion,
];

/** The colour of series `index` (cycles after eight). */
export function seriesColor(index: number): string {
  return SERIES[((index % SERIES.length) + SERIES.length) % SERIES.length]!;
}

/** Dash patterns that tell lines apart without colour (cycle after five). */
export function seriesDash(index: number): string | undefined {
  return [undefined, "6 3", "2 2", "8 3 2 3", "1 4"][index % 5];
}

/** Fill colour for a verdict. */
export function verdictColor(verdict: Verdict): string {
  if (verdict === "met") return OKABE_ITO.bluishGreen;
  if (verdict === "missed") return OKABE_ITO.vermillion;
  return OKABE_ITO.orange;
}

/** Ink for text, markers and axes. */
export const INK = "#222222";
/** Secondary text, tick labels and "no significant difference". */
export const MUTED = "#666666";
/** Grid lines and row separators. */
export const GRID = "#E5E5E5";
/** The service-level line (dashed), in every chart. */
export const SLO_COLOR = OKABE_ITO.vermillion;
