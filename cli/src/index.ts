// Public API of @resilab/cli. Explicit named exports only.

// --- parallel and sharded runs ---
export type { Shard } from "./args/values";
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
