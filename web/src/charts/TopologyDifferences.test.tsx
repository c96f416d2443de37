import type { ExperimentResult } from "@resilab/sim-core";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TopologyDifferences } from "./TopologyDifferences";

const HOSTILE = `<img src=x onerror="alert(1)">`;

function result(differences?: { setting: string; values: string[] }[]): ExperimentResult {
  return {
    topologies: [{ topology: "single" }, { topology: HOSTILE }],
    ...(differences === undefined ? {} : { topologyDifferences: differences }),
  } as unknown as ExperimentResult;
}

describe("the lab's what-differs table", () => {
  it("has a row per setting and a column per topology, scenario text as text", () => {
    const html = renderToStaticMarkup(
      <TopologyDifferences
        result={result([
          { setting: "controllers.hosting", values: ["vm", "pod"] },
          { setting: "executors.labels", values: ["default", HOSTILE] },
        ])}
      />,
    );
    expect(html).toContain("What differs between the topologies");
    expect(html).toContain("<code>controllers.hosting</code></th><td>vm</td><td>pod</td>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("shows nothing when nothing differs or the result carries no table", () => {
    expect(renderToStaticMarkup(<TopologyDifferences result={result([])} />)).toBe("");
    expect(renderToStaticMarkup(<TopologyDifferences result={result()} />)).toBe("");
  });
});
