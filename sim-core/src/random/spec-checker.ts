/**
 * Collects the problems of one distribution spec so the user sees all of them at once, each
 * naming the dotted path of the field, the value it got and what is allowed.
 */
import { describeValue, type Issue, ValidationError } from "../errors";
import { didYouMean } from "./did-you-mean";

/** Constraints on a numeric field. */
export interface NumberRule {
  /** Lowest allowed value (inclusive unless `exclusiveMin`). */
  min?: number;
  exclusiveMin?: boolean;
  /** Highest allowed value (inclusive). */
  max?: number;
  integer?: boolean;
}

export class SpecChecker {
  readonly issues: Issue[] = [];

  constructor(
    readonly path: string,
    readonly spec: Readonly<Record<string, unknown>>,
  ) {}

  /** Dotted path of `field` under this spec. */
  at(field: string): string {
    return this.path === "" ? field : `${this.path}.${field}`;
  }

  add(field: string, value: unknown, allowed: string, hint?: string): void {
    const issue: Issue = { path: this.at(field), value: describeValue(value), allowed };
    if (hint !== undefined) issue.hint = hint;
    this.issues.push(issue);
  }

  /** Reads a required numeric field; records an issue and returns NaN when it breaks `rule`. */
  number(field: string, rule: NumberRule = {}): number {
    return this.check(field, this.spec[field], rule);
  }

  /** Reads an optional numeric field, returning `fallback` when it is absent. */
  optionalNumber(field: string, fallback: number, rule: NumberRule = {}): number {
    const value = this.spec[field];
    return value === undefined ? fallback : this.check(field, value, rule);
  }

  /** Records an issue for every field of the spec not in `allowed` (typos such as `meen`). */
  onlyFields(allowed: readonly string[]): void {
    for (const key of Object.keys(this.spec)) {
      if (allowed.includes(key)) continue;
      const guess = didYouMean(key, allowed);
      const hint = guess === undefined ? undefined : `did you mean "${guess}"?`;
      this.add(key, this.spec[key], `no such field; fields of this kind: ${allowed.join(", ")}`, hint);
    }
  }

  /** Throws a ValidationError listing every issue found so far. */
  throwIfInvalid(): void {
    if (this.issues.length > 0) throw new ValidationError(this.issues);
  }

  private check(field: string, value: unknown, rule: NumberRule): number {
    const ok =
      typeof value === "number" &&
      !Number.isNaN(value) &&
      (rule.integer !== true || Number.isSafeInteger(value)) &&
      (rule.min === undefined || (rule.exclusiveMin === true ? value > rule.min : value >= rule.min)) &&
      (rule.max === undefined || value <= rule.max) &&
      (Number.isFinite(value) || rule.max === Infinity);
    if (ok) return value;
    this.add(field, value, describeRule(rule));
    return Number.NaN;
  }
}

/** "a finite number ≥ 0", "an integer ≥ 1", "a number in [0, 1]", ... */
export function describeRule(rule: NumberRule): string {
  const noun = rule.integer === true ? "an integer" : rule.max === Infinity ? "a number" : "a finite number";
  if (rule.min !== undefined && rule.max !== undefined && rule.max !== Infinity) {
    return `${noun} in ${rule.exclusiveMin === true ? "(" : "["}${rule.min}, ${rule.max}]`;
  }
  if (rule.min !== undefined) {
    const bound = `${rule.exclusiveMin === true ? ">" : "≥"} ${rule.min}`;
    return rule.max === Infinity ? `${noun} ${bound} (Infinity allowed)` : `${noun} ${bound}`;
  }
  return noun;
}
