/**
 * Checks a scenario's `assumptions:` against the scenario itself and resolves each into a
 * {@link Parameter} with its base and range. Every problem is reported at once, at
 * `assumptions.<i>.<field>`, with the value and what is allowed (a did-you-mean for a path).
 */
import { describeValue, type Issue, ValidationError } from "../../errors";
import type { Scenario } from "../../model/scenario-types";
import { didYouMean } from "../../random/did-you-mean";
import { type AssumptionSpec, DRAW_SHAPES, type Parameter } from "./assumption-types";
import { isIntegerField, readPath } from "./parameter-path";

/** Where parameters live; the run's own settings (horizon, replications, seed, slo) are not assumptions. */
const ROOTS = ["workload", "faults", "shared", "topologies"];

/** Fault fields that have no effect when the class gives the distribution itself. */
const SHADOWED: Record<string, string> = { mtbf: "timeToFailure", mttr: "repair" };

function issue(path: string, value: unknown, allowed: string, hint?: string): Issue {
  const out: Issue = { path, value: describeValue(value), allowed };
  if (hint !== undefined) out.hint = hint;
  return out;
}

/** The parameter of one assumption, or the issues that stop it. */
function resolveOne(scenario: Scenario, spec: AssumptionSpec, i: number, issues: Issue[]): Parameter | null {
  const at = `assumptions.${i}`;
  const root = typeof spec.path === "string" ? spec.path.split(".")[0]! : "";
  if (!ROOTS.includes(root)) {
    const guess = didYouMean(root, ROOTS);
    const hint =
      guess === undefined
        ? undefined
        : `did you mean ${[guess, ...spec.path.split(".").slice(1)].join(".")}?`;
    issues.push(
      issue(`${at}.path`, spec.path, `a path under ${ROOTS.join(", ")} (the model's parameters)`, hint),
    );
    return null;
  }
  let held: ReturnType<typeof readPath>;
  try {
    held = readPath(scenario, spec.path, `${at}.path`);
  } catch (error) {
    if (error instanceof ValidationError) issues.push(...error.issues);
    else throw error;
    return null;
  }
  const keys = spec.path.split(".");
  const field = keys.at(-1)!;
  const shadow = SHADOWED[field];
  if (keys[0] === "faults" && shadow !== undefined) {
    const cls = (scenario.faults as Record<string, Record<string, unknown> | undefined>)[keys[1]!];
    if (cls?.[shadow] !== undefined) {
      issues.push(
        issue(
          `${at}.path`,
          spec.path,
          `a field the model uses (faults.${keys[1]}.${shadow} is given, so ${field} has no effect)`,
          `use path faults.${keys[1]}.${shadow} with factor: [0.5, 2]`,
        ),
      );
      return null;
    }
  }
  const draw = spec.distribution ?? "uniform";
  if (!DRAW_SHAPES.includes(draw)) {
    issues.push(issue(`${at}.distribution`, draw, `one of ${DRAW_SHAPES.join(", ")}`));
    return null;
  }
  const hasRange = spec.low !== undefined || spec.high !== undefined;
  if (spec.factor !== undefined && hasRange) {
    issues.push(issue(`${at}.factor`, spec.factor, "either factor or low/high, not both"));
    return null;
  }
  let low: number;
  let high: number;
  let base: number;
  if (held.kind === "scale" || spec.factor !== undefined) {
    const f = spec.factor;
    if (f === undefined || !(f[0] > 0 && f[1] >= f[0] && Number.isFinite(f[1]))) {
      const why = held.kind === "scale" ? " (the path holds a distribution, which only scales)" : "";
      issues.push(issue(`${at}.factor`, f, `two factors 0 < low ≤ high, e.g. [0.5, 2]${why}`));
      return null;
    }
    base = held.kind === "scale" ? 1 : held.base;
    low = held.kind === "scale" ? f[0] : held.base * f[0];
    high = held.kind === "scale" ? f[1] : held.base * f[1];
  } else {
    if (spec.low === undefined || spec.high === undefined || !(spec.low <= spec.high)) {
      issues.push(issue(`${at}.low`, spec.low, "low and high with low ≤ high (or factor: [low, high])"));
      return null;
    }
    base = held.base;
    low = spec.low;
    high = spec.high;
  }
  const integer = held.kind === "value" && isIntegerField(spec.path);
  if (integer) {
    low = Math.round(low);
    high = Math.round(high);
  }
  if (draw === "log-uniform" && !(low > 0)) {
    issues.push(issue(`${at}.low`, low, "a value > 0 for a log-uniform draw"));
    return null;
  }
  if (low === high) {
    issues.push(
      issue(`${at}.high`, high, `a value above low (${low}): a range with nothing in it moves nothing`),
    );
    return null;
  }
  const kind = held.kind;
  return { name: spec.name ?? spec.path, path: spec.path, kind, base, low, high, draw, integer };
}

/** The parameters of `specs`; throws a ValidationError listing every problem. */
export function resolveAssumptions(scenario: Scenario, specs: readonly AssumptionSpec[]): Parameter[] {
  const issues: Issue[] = [];
  const out: Parameter[] = [];
  const names = new Set<string>();
  specs.forEach((spec, i) => {
    const p = resolveOne(scenario, spec, i, issues);
    if (p === null) return;
    if (names.has(p.name)) {
      issues.push(issue(`assumptions.${i}.name`, p.name, "a name not used by another assumption"));
      return;
    }
    names.add(p.name);
    out.push(p);
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return out;
}
