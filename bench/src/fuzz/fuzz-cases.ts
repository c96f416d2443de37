/** The fuzzer's cases: valid generated scenarios (block or flow YAML) and mutated ones. */
import fc from "fast-check";
import type { FuzzCase } from "./fuzz-case";
import { mutate, mutationPlan } from "./mutations";
import { validScenario } from "./scenario-arbitrary";
import { blockYaml, flowYaml } from "./yaml-text";

/** A valid scenario as text: the loader must accept it and the run must hold every invariant. */
export const validCase: fc.Arbitrary<FuzzCase> = fc
  .tuple(validScenario, fc.nat({ max: 3 }))
  .map(([doc, style]) => ({
    text: style === 0 ? `${flowYaml(doc)}\n` : blockYaml(doc, style + 1),
    mutation: null,
  }));

/** A valid scenario with one thing broken (see `mutations.ts`). */
export const mutatedCase: fc.Arbitrary<FuzzCase> = fc
  .tuple(validScenario, mutationPlan)
  .map(([doc, plan]) => mutate(doc, plan));

/** Three valid cases for every two mutated ones. */
export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  { weight: 3, arbitrary: validCase },
  { weight: 2, arbitrary: mutatedCase },
);
