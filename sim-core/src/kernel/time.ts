import { invalid } from "../errors";

/**
 * Simulated time: an integer number of microseconds since the start of the run. Integers make
 * same-time ties exact and keep long runs from drifting; a year (3.15e13 µs) is far inside 2^53.
 */
export type Time = number;

/** One microsecond, the base unit of {@link Time}. */
export const MICROSECOND: Time = 1;
/** One millisecond in microseconds. */
export const MILLISECOND: Time = 1_000;
/** One second in microseconds. */
export const SECOND: Time = 1_000_000;
/** One minute in microseconds. */
export const MINUTE: Time = 60 * SECOND;
/** One hour in microseconds. */
export const HOUR: Time = 60 * MINUTE;
/** One day in microseconds. */
export const DAY: Time = 24 * HOUR;
/** The latest representable time: 2^53 - 1 µs (about 285 years). */
export const MAX_TIME: Time = Number.MAX_SAFE_INTEGER;

/**
 * Converts seconds to {@link Time}, rounding to the nearest microsecond.
 *
 * @param x - a duration in seconds, finite and ≥ 0.
 * @param field - name used in the error message, default `"seconds"`.
 * @throws ValidationError for NaN, negative values or values beyond {@link MAX_TIME}.
 */
export function seconds(x: number, field = "seconds"): Time {
  const t = Math.round(x * SECOND);
  if (!(t >= 0 && t <= MAX_TIME)) {
    invalid(field, x, `a number of seconds in [0, ${MAX_TIME / SECOND}]`);
  }
  return t;
}

/** Converts a {@link Time} (µs) to seconds as a plain number. */
export function toSeconds(t: Time): number {
  return t / SECOND;
}

/**
 * Checks a delay: an integer number of microseconds ≥ 0 that keeps `now + delay` within
 * {@link MAX_TIME}. Returns the delay so it can be used inline.
 *
 * @param field - parameter name for the error message, e.g. `"delay"`.
 * @throws ValidationError naming `field`, its value and what is allowed.
 */
export function checkDelay(delay: number, now: Time, field = "delay"): Time {
  if (!Number.isSafeInteger(delay) || delay < 0) {
    invalid(field, delay, "an integer number of microseconds ≥ 0 (use seconds(x) to convert)");
  }
  if (now + delay > MAX_TIME) {
    invalid(
      field,
      delay,
      `at most ${MAX_TIME - now} µs from now (${now} µs), so that the time stays ≤ MAX_TIME`,
    );
  }
  return delay;
}

/**
 * Checks an absolute time: an integer number of microseconds in [0, MAX_TIME].
 *
 * @param field - parameter name for the error message, e.g. `"until"`.
 * @throws ValidationError naming `field`, its value and what is allowed.
 */
export function checkTime(time: number, field: string): Time {
  if (!Number.isSafeInteger(time) || time < 0) {
    invalid(field, time, `an integer number of microseconds in [0, MAX_TIME = ${MAX_TIME}]`);
  }
  return time;
}
