// Public API of @resilab/cli. Explicit named exports only.

// --- parallel and sharded runs ---
export type { Shard } from "./args/values";
// --- regression gate (check --baseline) ---
export type { BaselineComparison, PairingMode, RegressionRow } from "./baseline/compare-baseline";
export { compareWithBaseline, DEFAULT_ALPHA } from "./baseline/compare-baseline";
export type { GateRecord } from "./baseline/gate-record";
export { currentSample, readBaseline } from "./baseline/gate-record";
export type { GateSample } from "./baseline/gate-sample";
export { environmentHash } from "./baseline/gate-sample";
export type { HolmDecision, OneSidedTest } from "./baseline/regression-tests";
export { holm, pairedWorseTest, welchWorseTest } from "./baseline/regression-tests";
// --- command line ---
export { reportError, runCli } from "./cli";
export { EXIT, InputError, InterruptedError, UsageError } from "./errors";
export type { CliIo } from "./io/cli-io";
export { memoryIo, processIo } from "./io/cli-io";
export type { ShardFile } from "./parallel/shard";
export { decodeShard, encodeShard, mergeShards, shardTasks } from "./parallel/shard";
export type { PoolOptions } from "./parallel/worker-pool";
export { runTasksInPool } from "./parallel/worker-pool";
export type { ExecuteOptions, Outcome, Plan } from "./run/execute";
export { execute, planTasks, summarizePlan } from "./run/execute";
export { TOOL_VERSION } from "./tool-version";
