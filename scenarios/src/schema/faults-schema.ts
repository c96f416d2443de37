/** The physical fault trace: stochastic failure classes and scripted chaos events. */
import { z } from "zod";
import { distribution } from "./distribution-schema";
import { strictObject } from "./strict-object";
import { duration, fraction, nonNegative, oneOf } from "./values";

const failureClass = strictObject({
  mtbf: duration("Mean time between failures (exponential unless timeToFailure is given)."),
  timeToFailure: distribution.exactOptional().describe("Distribution of the time to failure."),
  mttr: duration("Mean time to repair when a human or the cloud must fix it."),
  repair: distribution
    .exactOptional()
    .describe("Distribution of the repair time; default exponential with mean mttr."),
  modes: strictObject({
    crash: fraction().exactOptional(),
    hang: fraction().exactOptional(),
    slow: fraction().exactOptional(),
  })
    .exactOptional()
    .describe("Mix of failure modes; default all crash."),
  slowFactor: nonNegative("Slow mode: work runs this many times slower; default 3.", 1).exactOptional(),
  clock: oneOf(
    ["wall", "operating"],
    "Failures on wall time (default) or only while working.",
  ).exactOptional(),
  repairByMode: strictObject({
    crash: distribution.exactOptional(),
    hang: distribution.exactOptional(),
    slow: distribution.exactOptional(),
  })
    .exactOptional()
    .describe("Repair time per failure mode, replacing repair/mttr for the modes named."),
});

const TARGET_PATTERN =
  /^(?:controller|executor|node|partition)-\d+$|^zone-[A-Za-z0-9_-]+$|^(?:store|control-plane|ingress|dns|scm|registry|artifact-store|release|region)$|^corruption-\d+$/;
const TARGET_ALLOWED =
  "controller-<i>, executor-<i>, node-<i>, zone-<name>, store, partition-<i>, control-plane, ingress, dns, scm, registry, artifact-store, release, region or corruption-<shard>";

const chaosEvent = strictObject({
  at: duration("When, after the start of the run."),
  target: z.string().regex(TARGET_PATTERN, TARGET_ALLOWED).describe(`What fails: ${TARGET_ALLOWED}.`),
  kind: oneOf(["crash", "hang", "down"]),
  duration: duration("How long it stays down; default its class's repair time.").exactOptional(),
});

/** Failure classes and chaos events; identical across topologies (common random numbers). */
export const faults = strictObject({
  controller: failureClass.exactOptional(),
  executor: failureClass.exactOptional(),
  node: failureClass.exactOptional(),
  zone: failureClass.exactOptional(),
  store: failureClass.exactOptional(),
  agentPartition: failureClass.exactOptional().describe("An agent silently cut off from its controller."),
  controlPlane: failureClass
    .exactOptional()
    .describe("The Kubernetes API server / etcd: no new pods; declared objects cannot be read or written."),
  ingress: failureClass
    .exactOptional()
    .describe("The webhook receiver / ingress: no trigger reaches a controller."),
  dns: failureClass
    .exactOptional()
    .describe("DNS or the load balancer: no trigger arrives and no state is shown."),
  scm: failureClass.exactOptional().describe("The source host: checkouts (first stages) cannot start."),
  registry: failureClass
    .exactOptional()
    .describe("The container registry: no new executor pod can pull its image."),
  artifactStore: failureClass
    .exactOptional()
    .describe("The artifact store: stages cannot upload, so cannot complete."),
  release: failureClass
    .exactOptional()
    .describe(
      "A bad release or configuration on every controller and standby, down until a human rolls it back (mttr).",
    ),
  region: failureClass
    .exactOptional()
    .describe(
      "Loss of the whole region (every zone, its API server, ingress and storage): down for the repair time unless the topology's recovery.region strategy brings the service back elsewhere first.",
    ),
  corruption: failureClass
    .exactOptional()
    .describe(
      "Silent corruption of a shard's state, replicated to its standby, replicas or shared store; mttr is the time until it is noticed, then the last good backup is restored.",
    ),
  chaos: z.array(chaosEvent).exactOptional().describe("Scripted failures at given times."),
});
