/**
 * A small issue collector for validating plain objects: every check records a problem (path,
 * value, what is allowed) and carries on, so the user sees every issue at once.
 */
import { describeValue, type Issue, ValidationError } from "../../errors";

export interface NumberRule {
  min?: number;
  max?: number;
  /** Exclusive lower bound. */
  above?: number;
  integer?: boolean;
  optional?: boolean;
  /** Also accept Infinity ("unlimited"). */
  unlimited?: boolean;
}

export class Checker {
  readonly issues: Issue[] = [];

  add(path: string, value: unknown, allowed: string, hint?: string): void {
    const issue: Issue = { path, value: describeValue(value), allowed };
    if (hint !== undefined) issue.hint = hint;
    this.issues.push(issue);
  }

  /** Runs `fn`, turning a thrown ValidationError into recorded issues. */
  capture(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      for (const issue of error.issues) this.issues.push(issue);
    }
  }

  object(path: string, value: unknown, optional = false): value is Record<string, unknown> {
    if (value === undefined && optional) return false;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      this.add(path, value, "an object");
      return false;
    }
    return true;
  }

  array(path: string, value: unknown, minLength = 0): value is unknown[] {
    if (!Array.isArray(value)) {
      this.add(path, value, "a list");
      return false;
    }
    if (value.length < minLength) this.add(path, value, `a list of at least ${minLength}`);
    return true;
  }

  number(path: string, value: unknown, rule: NumberRule = {}): value is number {
    if (value === undefined && rule.optional) return false;
    if (rule.unlimited && value === Number.POSITIVE_INFINITY) return true;
    const parts: string[] = [rule.integer ? "an integer" : "a number"];
    if (rule.min !== undefined) parts.push(`≥ ${rule.min}`);
    if (rule.above !== undefined) parts.push(`> ${rule.above}`);
    if (rule.max !== undefined) parts.push(`≤ ${rule.max}`);
    const allowed = parts.join(" ") + (rule.unlimited ? ", or unlimited" : "");
    if (typeof value !== "number" || Number.isNaN(value)) {
      this.add(path, value, allowed);
      return false;
    }
    const bad =
      (rule.integer && !Number.isInteger(value)) ||
      (rule.min !== undefined && value < rule.min) ||
      (rule.above !== undefined && !(value > rule.above)) ||
      (rule.max !== undefined && value > rule.max) ||
      (!Number.isFinite(value) && rule.max === undefined);
    if (bad) this.add(path, value, allowed);
    return !bad;
  }

  probability(path: string, value: unknown, optional = false): void {
    this.number(path, value, { min: 0, max: 1, optional });
  }

  oneOf<T extends string>(path: string, value: unknown, allowed: readonly T[], optional = false): value is T {
    if (value === undefined && optional) return false;
    if (typeof value !== "string" || !allowed.includes(value as T)) {
      this.add(path, value, `one of ${allowed.join(", ")}`);
      return false;
    }
    return true;
  }

  boolean(path: string, value: unknown, optional = false): void {
    if (value === undefined && optional) return;
    if (typeof value !== "boolean") this.add(path, value, "true or false");
  }

  string(path: string, value: unknown, optional = false): void {
    if (value === undefined && optional) return;
    if (typeof value !== "string" || value.length === 0) this.add(path, value, "a non-empty string");
  }

  /** Throws a ValidationError with every issue recorded, if any. */
  throwIfAny(): void {
    if (this.issues.length > 0) throw new ValidationError(this.issues);
  }
}
