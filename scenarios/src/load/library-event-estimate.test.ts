import { estimateTopologyEvents, expandTopology, simulate } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { libraryNames, loadLibraryScenario } from "../library/library";

/**
 * The load-time event estimate against the kernel's measured count (RunResult.events) on every
 * library scenario and topology: an upper bound (the estimate refuses a runaway at load; it must
 * never refuse less than what runs), and not absurdly larger (≤ 50×), or it would refuse honest
 * scenarios.
 */
describe("event-budget estimate over the library", () => {
  for (const name of libraryNames()) {
    it(`${name}: estimate ≥ measured events and ≤ 50× for every topology`, () => {
      const s = loadLibraryScenario(name);
      s.topologies.forEach((spec, i) => {
        const t = expandTopology(spec, i, s.shared);
        const measured = simulate(s, t, 0).events;
        const { total } = estimateTopologyEvents(s, t);
        expect(total, `${t.name}`).toBeGreaterThanOrEqual(measured);
        expect(total, `${t.name}`).toBeLessThanOrEqual(50 * measured);
      });
    });
  }
});
