import { describe, expect, it } from "vitest";
import { loadScenario, tryLoadScenario } from "../load/load-scenario";
import { variant } from "../load/test-scenario";

const MAINTENANCE = `maintenance:
  window: {days: [sun], from: 2}
  changes:
    - {kind: plugin-update, every: 1w, duration: 5m}
    - {kind: controller-upgrade, every: 4w, strategy: blue-green, cutover: 1m}
    - {kind: node-drain, every: 4w, duration: 10m, maxUnavailable: 2}
topologies:`;

const withMaintenance = (text: string) => variant("topologies:", text);

function issuesOf(text: string) {
  const result = tryLoadScenario(text, "demo.yaml");
  if (result.ok) throw new Error("expected the scenario to be rejected");
  return result.error.issues;
}

describe("maintenance", () => {
  it("reads days, hours and durations into the sim-core MaintenanceSpec", () => {
    expect(loadScenario(withMaintenance(MAINTENANCE), "demo.yaml").maintenance).toEqual({
      window: { days: [6], from: 2 },
      changes: [
        { kind: "plugin-update", every: 604_800, duration: 300 },
        { kind: "controller-upgrade", every: 2_419_200, strategy: "blue-green", cutover: 60 },
        { kind: "node-drain", every: 2_419_200, duration: 600, maxUnavailable: 2 },
      ],
    });
  });

  it("names the field with what is allowed, with did-you-mean", () => {
    const issues = issuesOf(
      withMaintenance(
        MAINTENANCE.replace("window:", "windw:").replace("kind: node-drain", "kind: node-drian"),
      ),
    );
    expect(issues.find((i) => i.path === "maintenance.windw")?.hint).toBe('did you mean "window"?');
    expect(issues.find((i) => i.path === "maintenance.changes.2.kind")?.hint).toBe(
      'did you mean "node-drain"?',
    );
    // Once the shape is right, sim-core's check: a blue-green change needs its cut-over.
    const cutover = issuesOf(
      withMaintenance(MAINTENANCE.replace("strategy: blue-green, cutover: 1m", "strategy: blue-green")),
    );
    expect(cutover.find((i) => i.path === "maintenance.changes.1.cutover")?.allowed).toContain(
      'required with strategy "blue-green"',
    );
  });
});
