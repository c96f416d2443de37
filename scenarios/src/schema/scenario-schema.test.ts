/**
 * The zod schema must mirror sim-core's Scenario type exactly: these checks fail to compile
 * (`tsc -p scenarios`) when either side gains, loses or retypes a field.
 */
import type {
  ControllerSpec,
  CostSpec,
  ExecutorSpec,
  FailoverSpec,
  FaultSpec,
  IntakeSpec,
  Objective,
  PlatformSpec,
  RecoverySpec,
  Scenario,
  TopologyConfig,
  TopologySpec,
  WorkloadSpec,
} from "@resilab/sim-core";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { faults } from "./faults-schema";
import type { objective } from "./objective-schema";
import { SCENARIO_FORMAT_VERSION, type scenarioFile } from "./scenario-schema";
import { type topology, topologyOverrides } from "./topology-schema";
import type { workload } from "./workload-schema";

type Overrides = NonNullable<z.output<typeof topologyOverrides>>;

describe("scenario schema mirrors sim-core's types", () => {
  it("outputs the Scenario (plus the format version)", () => {
    // Overrides are checked below: DeepPartial<DistributionSpec> is looser than a distribution.
    expectTypeOf<Omit<z.output<typeof scenarioFile>, "version" | "topologies" | "shared">>().toEqualTypeOf<
      Omit<Scenario, "topologies" | "shared">
    >();
    expectTypeOf<z.output<typeof scenarioFile>["topologies"]>().toExtend<Scenario["topologies"]>();
    // The shared settings are overrides that apply to every topology.
    expectTypeOf<NonNullable<z.output<typeof scenarioFile>["shared"]>>().toExtend<
      NonNullable<Scenario["shared"]>
    >();
    expectTypeOf<NonNullable<z.output<typeof scenarioFile>["shared"]>>().toEqualTypeOf<Overrides>();
    expectTypeOf<z.output<typeof workload>>().toEqualTypeOf<WorkloadSpec>();
    expectTypeOf<z.output<typeof faults>>().toEqualTypeOf<FaultSpec>();
    expectTypeOf<z.output<typeof objective>>().toEqualTypeOf<Objective>();
    expectTypeOf<z.output<typeof topology>>().toExtend<TopologySpec>();
  });

  it("lets overrides reach every part of a topology, and nothing else", () => {
    expectTypeOf<keyof Overrides>().toEqualTypeOf<Exclude<keyof TopologyConfig, "name" | "preset">>();
    expectTypeOf<keyof NonNullable<Overrides["controllers"]>>().toEqualTypeOf<keyof ControllerSpec>();
    expectTypeOf<keyof NonNullable<Overrides["executors"]>>().toEqualTypeOf<keyof ExecutorSpec>();
    expectTypeOf<keyof NonNullable<Overrides["intake"]>>().toEqualTypeOf<keyof IntakeSpec>();
    expectTypeOf<keyof NonNullable<Overrides["platform"]>>().toEqualTypeOf<keyof PlatformSpec>();
    expectTypeOf<keyof NonNullable<Overrides["failover"]>>().toEqualTypeOf<keyof FailoverSpec>();
    expectTypeOf<keyof NonNullable<Overrides["costs"]>>().toEqualTypeOf<keyof CostSpec>();
    expectTypeOf<keyof NonNullable<Overrides["recovery"]>>().toEqualTypeOf<keyof RecoverySpec>();
    expect(Object.keys(topologyOverrides.shape).length).toBe(12);
  });

  it("is version 1", () => {
    expect(SCENARIO_FORMAT_VERSION).toBe(1);
  });
});
