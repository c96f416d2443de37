/**
 * What a knob is and how its values move: the slider's scale (log or linear), rounding to values
 * a person would type, and writing a value back as human YAML ("45m", "99.5%", "20/h").
 */
import { formatDuration } from "@resilab/scenarios";
import type { Scenario } from "@resilab/sim-core";
import type { YPath } from "../yaml/yaml-nodes";

/** How a knob's value is written and shown. Values are in sim-core units (seconds, fractions, per hour). */
export type KnobUnit = "duration" | "percent" | "count" | "rate" | "integer" | "number";

/** A numeric knob. */
export interface NumericKnob {
  /** Stable id, also used for the input's DOM id. */
  id: string;
  label: string;
  /** One sentence: what it means, with its unit. */
  help: string;
  unit: KnobUnit;
  /** Where to write it in the YAML. */
  path: YPath;
  /** Slider range in sim-core units. */
  min: number;
  max: number;
  /** Log-scaled slider (times spanning orders of magnitude). */
  log: boolean;
  /** `unlimited` is allowed (Infinity). */
  unlimited?: boolean;
  /**
   * Rounding of slider values to multiples of this (sim-core units), for values below the unit's
   * own rounding (0.5 s per build, a 1.5× slow factor, GB per pipeline); default the unit's.
   */
  step?: number;
  /** The effective value (preset defaults included); undefined when the knob does not apply. */
  read(scenario: Scenario): number | undefined;
}

/** Slider resolution: positions 0…SLIDER_STEPS. */
export const SLIDER_STEPS = 1000;

/** Rounds a duration (s) to what a person would type: seconds below 2 min, minutes below 2 h, quarter hours below 2 d, hours beyond. */
export function niceDuration(seconds: number): number {
  if (seconds < 120) return Math.max(1, Math.round(seconds));
  if (seconds < 7200) return Math.round(seconds / 60) * 60;
  if (seconds < 172_800) return Math.round(seconds / 900) * 900;
  return Math.round(seconds / 3600) * 3600;
}

function niceValue(knob: NumericKnob, value: number): number {
  // toPrecision drops the float noise of the multiplication (0.1 × 3 = 0.30000000000000004).
  if (knob.step !== undefined) return Number((Math.round(value / knob.step) * knob.step).toPrecision(12));
  if (knob.unit === "duration") return niceDuration(value);
  if (knob.unit === "percent") return Math.round(value * 10_000) / 10_000;
  if (knob.unit === "rate") return value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return Math.round(value);
}

/** The value at slider `position` (0…SLIDER_STEPS), rounded to a value a person would type. */
export function valueAtPosition(knob: NumericKnob, position: number): number {
  const t = Math.min(1, Math.max(0, position / SLIDER_STEPS));
  const raw = knob.log
    ? Math.exp(Math.log(knob.min) + t * (Math.log(knob.max) - Math.log(knob.min)))
    : knob.min + t * (knob.max - knob.min);
  return Math.min(knob.max, Math.max(knob.min, niceValue(knob, raw)));
}

/**
 * The value for a slider moved from `from` to `to`: the value at `to`, or — when rounding maps it
 * back onto the current value (a one-step keyboard move on a log scale) — the next distinct value
 * in the direction of the move, so arrow keys always change something.
 */
export function valueForMove(knob: NumericKnob, current: number, from: number, to: number): number {
  const value = valueAtPosition(knob, to);
  if (value !== current || to === from) return value;
  const step = to > from ? 1 : -1;
  for (let p = to + step; p >= 0 && p <= SLIDER_STEPS; p += step) {
    const next = valueAtPosition(knob, p);
    if (next !== current) return next;
  }
  return value;
}

/** The slider position of `value` (clamped to the range; Infinity sits at the end). */
export function positionOf(knob: NumericKnob, value: number): number {
  if (!Number.isFinite(value)) return SLIDER_STEPS;
  const v = Math.min(knob.max, Math.max(knob.min, value));
  const t = knob.log
    ? (Math.log(v) - Math.log(knob.min)) / (Math.log(knob.max) - Math.log(knob.min))
    : (v - knob.min) / (knob.max - knob.min);
  return Math.round(t * SLIDER_STEPS);
}

function trimNumber(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/** A value as YAML text in the knob's unit: `45m`, `99.5%`, `20/h`, `12`, `unlimited`. */
export function formatKnobValue(unit: KnobUnit, value: number): string {
  if (value === Number.POSITIVE_INFINITY) return "unlimited";
  switch (unit) {
    case "duration":
      return formatDuration(value);
    case "percent":
      return `${trimNumber(value * 100, 4)}%`;
    case "rate":
      return `${trimNumber(value, 3)}/h`;
    case "number":
      return String(value);
    default:
      return String(Math.round(value));
  }
}
