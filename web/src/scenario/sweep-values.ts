/**
 * The values of a sweep as a person types them, in the knob's unit ("5m, 15m, 1h", "95%, 99%",
 * "2, 4, 8"), and a suggestion around the current value.
 */
import { parseDuration, parsePercentage, parseRate } from "@resilab/scenarios";
import { formatKnobValue, type NumericKnob, niceDuration } from "./knob-values";

/** Most values a sweep may have here (each multiplies the runs). */
export const MAX_SWEEP_VALUES = 12;

/** Parsed values in sim-core units, or what is wrong. */
export type SweepValues = { ok: true; values: number[] } | { ok: false; error: string };

function parseOne(knob: NumericKnob, text: string): number | undefined {
  switch (knob.unit) {
    case "duration":
      return parseDuration(text);
    case "percent": {
      const p = parsePercentage(text);
      if (p !== undefined) return p;
      const n = Number(text);
      return text !== "" && Number.isFinite(n) && n >= 0 && n <= 1 ? n : undefined;
    }
    case "rate": {
      const r = parseRate(text, 3600);
      if (r !== undefined) return r;
      const n = Number(text);
      return text !== "" && Number.isFinite(n) ? n : undefined;
    }
    case "number": {
      const n = Number(text);
      return text !== "" && Number.isFinite(n) ? n : undefined;
    }
    default: {
      const n = Number(text);
      return text !== "" && Number.isInteger(n) ? n : undefined;
    }
  }
}

/** A value to show as an example: the slider's lower end when finite, else one typical of the unit. */
function exampleValue(knob: NumericKnob): string {
  if (Number.isFinite(knob.min)) return formatKnobValue(knob.unit, knob.min);
  if (Number.isFinite(knob.max)) return formatKnobValue(knob.unit, knob.max);
  const typical: Record<NumericKnob["unit"], number> = {
    duration: 1800,
    percent: 0.95,
    count: 2,
    rate: 20,
    integer: 2,
    number: 0.5,
  };
  return formatKnobValue(knob.unit, typical[knob.unit]);
}

/** Parses comma-separated values; duplicates are dropped and the rest sorted ascending. */
export function parseSweepValues(knob: NumericKnob, text: string): SweepValues {
  const parts = text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) return { ok: false, error: "give at least one value" };
  const values: number[] = [];
  for (const part of parts) {
    const v = parseOne(knob, part);
    if (v === undefined || !Number.isFinite(v)) {
      return { ok: false, error: `"${part}" is not a value of this knob (e.g. ${exampleValue(knob)})` };
    }
    // A duration's or a rate's slider range is only what the slider spans: any positive value
    // is a sweep value (the README sweeps an executor MTBF of 30m, below the slider's 1h), and
    // the model validates each point when the sweep starts.
    if ((knob.unit === "duration" || knob.unit === "rate") && !(v > 0)) {
      return { ok: false, error: `"${part}" must be more than 0 (e.g. ${exampleValue(knob)})` };
    }
    if (knob.unit !== "duration" && knob.unit !== "rate" && (v < knob.min || v > knob.max)) {
      const range = `${formatKnobValue(knob.unit, knob.min)} to ${formatKnobValue(knob.unit, knob.max)}`;
      return { ok: false, error: `"${part}" is outside ${range}` };
    }
    values.push(v);
  }
  const unique = [...new Set(values)].sort((a, b) => a - b);
  if (unique.length > MAX_SWEEP_VALUES) return { ok: false, error: `at most ${MAX_SWEEP_VALUES} values` };
  return { ok: true, values: unique };
}

/** Five values around `current`: a quarter, a half, itself, double and four times (within range). */
export function suggestSweepValues(knob: NumericKnob, current: number): string {
  const base = Number.isFinite(current) ? current : Number.isFinite(knob.min) ? knob.min : 1;
  if (knob.unit === "number")
    return [0.5, 1, 2].map((f) => formatKnobValue("number", Number((base * f).toPrecision(6)))).join(", ");
  const factors = knob.unit === "percent" ? [] : [0.25, 0.5, 1, 2, 4];
  let values =
    knob.unit === "percent"
      ? [0.9, 0.95, 0.99, 0.999, base]
      : factors.map((f) => {
          const v = base * f;
          if (knob.unit === "duration") return niceDuration(v);
          if (knob.unit === "integer" || knob.unit === "count") return Math.max(1, Math.round(v));
          return Math.round(v * 10) / 10;
        });
  values = [...new Set(values.filter((v) => v >= knob.min && v <= knob.max))].sort((a, b) => a - b);
  return values.map((v) => formatKnobValue(knob.unit, v)).join(", ");
}
