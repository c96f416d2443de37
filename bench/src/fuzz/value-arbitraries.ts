/**
 * fast-check arbitraries for the scalar values of a scenario as people write them: durations,
 * rates and fractions either as plain numbers or as human strings ("1h30m", "20/h", "99.5%"),
 * and distributions of every family. Ranges are chosen so a generated scenario stays small
 * (each case runs in well under a second), never at the edges the loader refuses.
 */
import fc from "fast-check";
import type { DocValue } from "./yaml-text";

/** Seconds → one of the ways the format accepts: a number, "90s", "5m", "2h", "1d", "1h30m". */
function writeDuration(seconds: number, style: number): DocValue {
  const whole = Number.isInteger(seconds);
  if (style === 0 || !whole) return seconds;
  if (style === 1) return `${seconds}s`;
  if (seconds % 86_400 === 0 && style === 2) return `${seconds / 86_400}d`;
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds >= 3600 && seconds % 60 === 0) return `${Math.floor(seconds / 3600)}h${(seconds % 3600) / 60}m`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return seconds >= 60 ? `${Math.floor(seconds / 60)}m ${seconds % 60}s` : `${seconds}s`;
}

/** A duration between `min` and `max` seconds (whole seconds, or a fraction below 10 s). */
export function duration(min: number, max: number): fc.Arbitrary<DocValue> {
  return fc
    .tuple(fc.integer({ min, max }), fc.nat({ max: 3 }), fc.boolean())
    .map(([s, style, fractional]) =>
      writeDuration(fractional && s < 10 ? Math.max(min, s) + 0.25 : s, style),
    );
}

/** A rate per hour in [min, max], as a number or "n/h", "n/d", "1/Nm". */
export function ratePerHour(min: number, max: number): fc.Arbitrary<DocValue> {
  return fc.tuple(fc.integer({ min, max }), fc.nat({ max: 2 })).map(([r, style]) => {
    if (style === 0) return r;
    if (style === 1) return `${r}/h`;
    return `${r * 24}/d`;
  });
}

/** A fraction in [0, max], as a number or a percentage string. */
export function fraction(max = 1): fc.Arbitrary<DocValue> {
  return fc
    .tuple(fc.integer({ min: 0, max: Math.round(max * 1000) }), fc.boolean())
    .map(([milli, percent]) => (percent ? `${milli / 10}%` : milli / 1000));
}

/** A distribution of durations with a mean of roughly `scale` seconds (every family). */
export function distribution(scale: number, depth = 0): fc.Arbitrary<DocValue> {
  const lo = Math.max(1, Math.round(scale / 4));
  const hi = Math.max(lo + 1, Math.round(scale * 2));
  const d = duration(lo, hi);
  const families: fc.Arbitrary<DocValue>[] = [
    d,
    d.map((v) => ({ deterministic: v })),
    d.map((v) => ({ exponential: v })),
    fc
      .tuple(fc.integer({ min: 0, max: lo }), fc.integer({ min: lo, max: hi }), fc.boolean())
      .map(([a, b, pair]) => ({ uniform: pair ? [a, b] : { min: a, max: `${b}s` } })),
    fc.tuple(fc.integer({ min: 1, max: 5 }), d).map(([k, mean]) => ({ erlang: { k, mean } })),
    fc
      .tuple(fc.integer({ min: 1, max: 40 }), d)
      .map(([tenths, scaleValue]) => ({ gamma: { shape: tenths / 10, scale: scaleValue } })),
    fc
      .tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: 0, max: lo }), fc.boolean())
      .map(([mean, sd, bounded]) => ({
        normal: bounded ? { mean, sd, min: 0, max: mean + 4 * sd + 1 } : { mean: `${mean}s`, sd },
      })),
    fc
      .tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: 1, max: 4 }))
      .map(([median, ratio]) => ({ lognormal: { median, p95: median * ratio } })),
    fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 15 })).map(([mu, sigma]) => ({
      lognormal: { mu: Math.round(Math.log(scale) * 10) / 10 + (mu - 30) / 100, sigma: sigma / 10 },
    })),
    fc
      .tuple(fc.integer({ min: 5, max: 40 }), d)
      .map(([tenths, scaleValue]) => ({ weibull: { shape: tenths / 10, scale: scaleValue } })),
    fc.array(d, { minLength: 1, maxLength: 5 }).map((samples) => ({ empirical: samples })),
  ];
  if (depth === 0) {
    families.push(
      fc
        .array(fc.tuple(fc.integer({ min: 1, max: 10 }), distribution(scale, depth + 1)), {
          minLength: 1,
          maxLength: 3,
        })
        .map((parts) => ({ mixture: parts.map(([w, dist]) => ({ weight: w / 10, dist })) })),
    );
  }
  return fc.oneof(...families);
}

/** A name made of word characters (stage names, labels, topology names). */
export function word(prefix: string): fc.Arbitrary<string> {
  return fc.nat({ max: 99 }).map((n) => `${prefix}${n}`);
}

/** `arb` with weight `present`, absent (undefined, where shrinking goes) with weight `absent`. */
export function sometimes<T>(
  arb: fc.Arbitrary<T>,
  present: number,
  absent: number,
): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: absent, arbitrary: fc.constant(undefined) }, { weight: present, arbitrary: arb });
}
