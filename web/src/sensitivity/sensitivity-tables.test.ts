import { loadScenario } from "@resilab/scenarios";
import { runSensitivity, studyParameters, validateScenario } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { effectTable, flipTable, parameterTable, rankingTable, studyHeadline } from "./sensitivity-tables";
import { STUDY_YAML } from "./test-study";

const scenario = validateScenario({ ...loadScenario(STUDY_YAML), replications: 4 });
const { parameters } = studyParameters(scenario);
const study = () =>
  runSensitivity(scenario, parameters, {
    method: "tornado",
    bisect: 0,
    defaultAssumptions: false,
    toolVersion: "t",
  });

describe("the sensitivity view's tables", () => {
  it("list the parameters with base and range in the field's unit", () => {
    expect(parameterTable(parameters).rows).toEqual([
      ["faults.controller.mttr", "faults.controller.mttr", "30 min (15 min – 90 min)", "uniform"],
      ["faults.controller.mtbf", "faults.controller.mtbf", "7 d (5 d – 10 d)", "uniform"],
    ]);
  });

  it("rank, list flips and effects from the result, largest effect first", async () => {
    const result = await study();
    const ranking = rankingTable(result);
    expect(ranking.rows.map((r) => r[1])).toEqual(["faults.controller.mttr", "faults.controller.mtbf"]);
    expect(ranking.rows[0]!.slice(2)).toEqual(["1", String(result.ranking[0]!.flips)]);
    // MTTR 3× takes availability below 99.6 %: a flip toward high, found by interpolation here.
    const flips = flipTable(result).rows;
    const mttr = flips.find((r) => r[3] === "faults.controller.mttr")!;
    expect(mttr[4]).toMatch(/^toward high: /);
    expect(mttr[7]).toBe("interpolation");
    const effects = effectTable(result.objectives[0]!, result.parameters);
    expect(effects.header).toEqual([
      "Parameter",
      "At its low end",
      "At its high end",
      "Swing",
      "Verdict flip",
    ]);
    expect(effects.rows[0]![0]).toBe("faults.controller.mttr");
    expect(effects.rows[0]![2]).toMatch(/ at 90 min$/);
    expect(effects.rows[0]![4]).toMatch(/toward high, at \d/);
    expect(studyHeadline(result)).toMatch(
      /would flip within the ranges; faults\.controller\.mttr decides the most\.$/,
    );
  });
});
