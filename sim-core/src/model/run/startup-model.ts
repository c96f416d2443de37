/** Ephemeral executor startup = pod start + image pull + agent connect (µs), drawn per pod. */
import type { RandomStreams } from "../../random/random-streams";
import type { ExecutorSpec } from "../scenario-types";
import { Sampler } from "./context";

export class StartupModel {
  private readonly parts: Sampler[];

  constructor(spec: NonNullable<ExecutorSpec["startup"]>, streams: RandomStreams) {
    // Topology-specific draws live on their own streams, so they never shift the workload's.
    this.parts = [
      new Sampler(spec.podStart, streams.stream("executors/pod-start"), "executors.startup.podStart"),
      new Sampler(spec.imagePull, streams.stream("executors/image-pull"), "executors.startup.imagePull"),
      new Sampler(
        spec.agentConnect,
        streams.stream("executors/agent-connect"),
        "executors.startup.agentConnect",
      ),
    ];
  }

  next(): number {
    return this.parts[0]!.next() + this.parts[1]!.next() + this.parts[2]!.next();
  }
}
