/**
 * The parameters of a study: the scenario's `assumptions:` (checked against it), or the default
 * set when it lists none — optionally cut to the first N, or to the named ones.
 */
import { invalid } from "../../errors";
import type { Scenario } from "../../model/scenario-types";
import { didYouMean } from "../../random/did-you-mean";
import type { Parameter, ScenarioWithAssumptions } from "./assumption-types";
import { defaultAssumptions } from "./default-assumptions";
import { resolveAssumptions } from "./resolve-assumptions";

export interface StudyParameters {
  parameters: Parameter[];
  /** True when the scenario listed no assumptions and the default set was used. */
  defaults: boolean;
}

/**
 * @param select - keep the first N parameters (a number), or those named (names or paths); all by default.
 */
export function studyParameters(scenario: Scenario, select?: number | readonly string[]): StudyParameters {
  const own = (scenario as ScenarioWithAssumptions).assumptions;
  const defaults = own === undefined || own.length === 0;
  let parameters = resolveAssumptions(scenario, defaults ? defaultAssumptions(scenario) : own);
  if (typeof select === "number") parameters = parameters.slice(0, select);
  else if (select !== undefined) {
    const known = parameters.map((p) => p.name);
    for (const name of select) {
      if (!parameters.some((p) => p.name === name || p.path === name)) {
        const guess = didYouMean(name, known);
        invalid(
          "params",
          name,
          `one of the study's parameters: ${known.join(", ")}`,
          guess && `did you mean ${guess}?`,
        );
      }
    }
    parameters = parameters.filter((p) => select.includes(p.name) || select.includes(p.path));
  }
  if (parameters.length === 0)
    invalid("assumptions", "no parameters", "at least one assumption (or a fault class for the default set)");
  return { parameters, defaults };
}
