import { libraryText, loadScenario } from "@resilab/scenarios";
import { expandTopology } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { topologyKnobs } from "./knobs";
import { addPart, missingParts, OPTIONAL_PARTS } from "./optional-parts";

/** The knob each part makes appear. */
const KNOB: Record<string, string> = {
  "boot-growth": "topology-0-boot-growth-per-build",
  "restart-storm": "topology-0-restart-storm-slow-factor",
  backup: "topology-0-backup-interval",
  region: "topology-0-region-detection",
};

describe("optional parts", () => {
  const text = libraryText("default-comparison");
  const config = (t: string) => {
    const s = loadScenario(t);
    return expandTopology(s.topologies[0]!, 0, s.shared);
  };

  it.each(OPTIONAL_PARTS.map((p) => [p.id, p] as const))(
    "%s: switched on in the overrides, it shows its knobs and is no longer offered",
    (id, part) => {
      expect(missingParts(config(text)).map((p) => p.id)).toContain(id);
      const edited = addPart(text, 0, part);
      expect(edited).toContain(part.raw);
      expect(missingParts(config(edited)).map((p) => p.id)).not.toContain(id);
      expect(topologyKnobs(loadScenario(edited), 0).map((k) => k.id)).toContain(KNOB[id]);
      // Only topology 0 changed.
      expect(topologyKnobs(loadScenario(edited), 1).map((k) => k.id)).not.toContain(
        KNOB[id]!.replace("-0-", "-1-"),
      );
    },
  );
});
