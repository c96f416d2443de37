// biome-ignore-all assist/source/organizeImports: one section per area, in the order of the design
// Public API of @resilab/sim-core. Explicit named exports only; anything not listed here is internal.
// Each area keeps its exports in its own section below.

// --- errors ---
export type { Issue } from "./errors";
export { describeValue, formatIssue, invalid, SimulationError, ValidationError } from "./errors";

// --- kernel ---
export { CalendarQueue } from "./kernel/calendar-queue";
export { Condition } from "./kernel/conditions";
export { EventQueue } from "./kernel/event-queue";
export { Fingerprint, hashName } from "./kernel/fingerprint";
export { Interrupt, Preempted } from "./kernel/interrupt";
export type { KernelOptions, RunSummary, StopReason } from "./kernel/kernel";
export { Kernel, NORMAL, URGENT } from "./kernel/kernel";
export { Process } from "./kernel/process";
export type { RequestOptions, ResourceOptions } from "./kernel/resource";
export { Request, Resource } from "./kernel/resource";
export { type ProcessBody, SimEvent, type Yieldable } from "./kernel/sim-event";
export type { StoreOptions } from "./kernel/store";
export { Store } from "./kernel/store";
export { StoreGet, StorePut } from "./kernel/store-events";
export type { Time } from "./kernel/time";
export {
  checkDelay,
  checkTime,
  DAY,
  HOUR,
  MAX_TIME,
  MICROSECOND,
  MILLISECOND,
  MINUTE,
  SECOND,
  seconds,
  toSeconds,
} from "./kernel/time";
export { Timer } from "./kernel/timer";

// --- random ---
export { didYouMean, editDistance } from "./random/did-you-mean";
export type { Distribution, DistributionKind } from "./random/distribution";
export { DISTRIBUTION_KINDS, distribution } from "./random/distribution";
export type { DistributionSpec } from "./random/distribution-spec";
export { RandomStreams } from "./random/random-streams";
export type { Rng } from "./random/rng";
export { openUniform } from "./random/rng";
export { hashString } from "./random/string-hash";

// --- stats ---
export type { BootstrapOptions, WeightedStatistic } from "./stats/bootstrap";
export { bootstrapInterval, bootstrapMeanInterval } from "./stats/bootstrap";
export type { CensoredQuantileInterval, CensoredQuantileOptions } from "./stats/censored-quantile";
export { censoredQuantileInterval, kaplanMeierQuantile } from "./stats/censored-quantile";
export { type CensoredUnit, PooledKaplanMeier } from "./stats/pooled-kaplan-meier";
export type { Interval, Support } from "./stats/interval";
export {
  batchMeans,
  confidenceInterval,
  intervalFromMoments,
  pairedDifference,
  withinSupport,
} from "./stats/interval";
export { normalCdf, normalQuantile } from "./stats/normal";
export { quantile } from "./stats/quantile";
export type { QuantileSketchOptions } from "./stats/quantile-sketch";
export type { QuantileSketchData, SpanVisitor } from "./stats/quantile-sketch";
export { QuantileSketch } from "./stats/quantile-sketch";
export type { Summary } from "./stats/replications";
export { aggregateReplications, replicationsNeeded, summarize } from "./stats/replications";
export { studentTCdf, studentTQuantile } from "./stats/student-t";
export { Tally } from "./stats/tally";
export { TimeWeighted } from "./stats/time-weighted";

// --- oracles ---
export type { ActivePassiveParams } from "./oracles/active-passive";
export { activePassiveFirstOrder, activePassiveUnavailability } from "./oracles/active-passive";
export {
  downtimeMinutesPerYear,
  kOfNAvailability,
  MINUTES_PER_YEAR,
  parallelAvailability,
  seriesAvailability,
  singleAvailability,
} from "./oracles/availability";
export type { CompletionTimeParams } from "./oracles/completion-time";
export { expectedCompletionTime } from "./oracles/completion-time";
export type { Transition } from "./oracles/ctmc";
export { ctmcSteadyState, generatorMatrix } from "./oracles/ctmc";
export type { MMcMeasures, QueueMeasures, QueueParams } from "./oracles/erlang";
export { erlangB, erlangC, mmc } from "./oracles/erlang";
export { solveLinear } from "./oracles/linear-solve";
export type { MMcKMeasures, MMcKParams } from "./oracles/mmck";
export { mmck } from "./oracles/mmck";
export { pipelineSuccessProbability, retrySuccessProbability } from "./oracles/retries";
export type { TransferLineParams, UnreliableMachine } from "./oracles/transfer-line";
export {
  infiniteBufferThroughput,
  machineEfficiency,
  reliableLineThroughput,
  synchronousLineThroughput,
  transferLineThroughput,
} from "./oracles/transfer-line";
export type { TwoUnitModel } from "./oracles/two-unit";
export { twoUnitUnavailability } from "./oracles/two-unit";

// --- model ---
export type {
  ChaosEvent,
  ControllerSpec,
  ControllerState,
  CostSpec,
  DeepPartial,
  ExecutorSpec,
  FailoverSpec,
  FailureClassSpec,
  FaultSpec,
  InFlightPolicy,
  IntakeSpec,
  MaintenanceSpec,
  MetricName,
  Objective,
  OnCallShift,
  PeopleSpec,
  PipelineSpec,
  PlannedChange,
  PlatformSpec,
  PresetName,
  RouterSpec,
  Scenario,
  SharedStoreSpec,
  StageSpec,
  TopologyConfig,
  TopologyOverrides,
  TopologySpec,
  TriggerSpec,
  UnavailableTriggerPolicy,
  WorkloadSpec,
} from "./model/scenario-types";
export { PRESET_NAMES } from "./model/scenario-types";
export type {
  BackupSpec,
  RecoverySpec,
  RegionRecoverySpec,
  RegionStrategy,
  RestoreSpec,
  StateSizeSpec,
} from "./model/recovery-spec";
export {
  BACKUP_DEFAULTS,
  REGION_STRATEGIES,
  RESTORE_DEFAULTS,
  STATE_SIZE_DEFAULTS,
  STRATEGY_DEFAULTS,
} from "./model/recovery-spec";
export { DEFAULT_PEOPLE, WEEK_SECONDS } from "./model/run/on-call";
export type {
  DistributionSummary,
  ExperimentResult,
  IncidentRecord,
  ObjectiveVerdict,
  PairedDifference,
  PipelineOutcome,
  PipelineRecord,
  RecoveryResult,
  RunResult,
  TimeSeries,
  TopologySummary,
  Verdict,
} from "./model/result-types";
export { DEFAULT_PLATFORM, presetConfig, sharedPresetBase } from "./model/presets";
export { deepMerge, expandTopologies, expandTopology } from "./model/expand-topology";
export type { TopologyDifference } from "./model/topology-differences";
export {
  ABSENT,
  formatDistribution,
  formatSetting,
  scenarioTopologyDifferences,
  topologyDifferences,
  topologyDifferencesOf,
} from "./model/topology-differences";
export {
  DURATION_SETTINGS,
  FRACTION_SETTINGS,
  type SettingUnit,
  settingUnit,
} from "./model/setting-units";
export {
  DEFAULT_EVENT_BUDGET,
  estimateEvents,
  METRIC_NAMES,
  validateScenario,
} from "./model/validation/validate-scenario";
export { objectiveLabel, statAllowed, statsAllowedFor } from "./model/validation/objective-stats";
export type { EventEstimate } from "./model/validation/event-estimate";
export { estimateTopologyEvents } from "./model/validation/event-estimate";
export {
  MAX_CAPACITY,
  MAX_DURATION,
  MAX_EVENT_BUDGET,
  MAX_EXECUTORS,
  MAX_HORIZON,
  MAX_LABELS,
  MAX_MEAN_INTERVAL,
  MAX_NODES,
  MAX_PRICE,
  MAX_REQUESTS_PER_SECOND,
  MAX_SLOW_FACTOR,
  MAX_STAGES,
  MAX_THRESHOLD,
  MAX_ZONES,
} from "./model/validation/limits";
export type { SimulateOptions } from "./model/simulate";
export { simulate } from "./model/simulate";
export { coldQueueScenario } from "./model/fixtures/cold-queue-scenario";
export { realisticScenario } from "./model/fixtures/realistic-scenario";

// --- experiments ---
export type { RunTask } from "./experiments/run-task";
export { planRuns, runTask } from "./experiments/run-task";
export { MAX_EVENT_UNITS } from "./experiments/replication-batches";
export { type DocumentIdentity, documentIdentity } from "./experiments/document-identity";
export { documentRun } from "./experiments/document-run";
export {
  type AccumulatorOptions,
  DIFFERENCE_METRICS,
  ExperimentAccumulator,
  summarizeExperiment,
} from "./experiments/summarize-experiment";
export { pool } from "./experiments/pool-summaries";
export type { RunExperimentOptions } from "./experiments/run-experiment";
export { runExperiment } from "./experiments/run-experiment";
export { canonicalJson, hash64, scenarioHash } from "./experiments/scenario-hash";
export type { Stat } from "./experiments/metric-values";
export {
  DEFAULT_STAT,
  hasMetric,
  METRIC_UNITS,
  metricValue,
  OPTIONAL_METRICS,
} from "./experiments/metric-values";
export { intervalOf, judge, objectiveName, verdictOf } from "./experiments/verdicts";
export type { ValidationCase, ValidationProfile } from "./experiments/validation/validation-case";
export type { ValidationOutcome } from "./experiments/validation/validation-suite";
export {
  agrees,
  runValidationCase,
  VALIDATION_CASES,
  validationSuite,
} from "./experiments/validation/validation-suite";
export type { SweepResult, SweepSpec } from "./experiments/sweep";
export { planSweep, scenarioAtPoint, summarizeSweep } from "./experiments/sweep";

// --- fit (incident history → fault distributions) ---
export type { FitFamilyName } from "./fit/families";
export { FIT_FAMILIES } from "./fit/families";
export type { ClassFit, FitIncidentsOptions, IncidentFit } from "./fit/fit-incidents";
export { fitIncidents } from "./fit/fit-incidents";
export { faultsYaml, yamlDistribution, yamlDuration } from "./fit/faults-yaml";
export type { QqPoint } from "./fit/goodness";
export type { ClassHistory, ObservationWindow } from "./fit/incident-history";
export { classHistories } from "./fit/incident-history";
export type { FaultClassName } from "./fit/input/fault-classes";
export { FAULT_CLASS_NAMES, faultClassOf } from "./fit/input/fault-classes";
export { COLUMN_ALIASES } from "./fit/input/incident-columns";
export type {
  FailureModeName,
  FitIncident,
  IncidentTable,
  ReadIncidentsOptions,
} from "./fit/input/read-incidents";
export { IncidentFileError, readIncidents } from "./fit/input/read-incidents";
export { formatTimestamp, parseTimestamp, TIMESTAMP_ALLOWED } from "./fit/input/timestamps";
export type { CandidateFailure, CandidateFit, ParameterEstimate } from "./fit/maximum-likelihood";
export { fitCandidate, isFitted } from "./fit/maximum-likelihood";
export type { Observation } from "./fit/observations";
export type { RankedCandidate, SampleFit } from "./fit/select-candidate";
export { AIC_SUPPORT, fitSample } from "./fit/select-candidate";
export type { SyntheticHistorySpec } from "./fit/synthetic-history";
export { syntheticHistory } from "./fit/synthetic-history";

// --- experiments: sensitivity and parameter uncertainty ---
export type {
  AssumptionSpec,
  DrawShape,
  Parameter,
  ScenarioWithAssumptions,
} from "./experiments/sensitivity/assumption-types";
export { DRAW_SHAPES } from "./experiments/sensitivity/assumption-types";
export { DEFAULT_FACTOR, defaultAssumptions } from "./experiments/sensitivity/default-assumptions";
export { resolveAssumptions } from "./experiments/sensitivity/resolve-assumptions";
export type { StudyParameters } from "./experiments/sensitivity/study-parameters";
export { studyParameters } from "./experiments/sensitivity/study-parameters";
export { readPath, writePath } from "./experiments/sensitivity/parameter-path";
export { scaleDistribution } from "./experiments/sensitivity/scale-distribution";
export { runAtPoint, scenarioWithValues, valueAt } from "./experiments/sensitivity/parameter-values";
export type { MorrisIndex, MorrisTrajectory } from "./experiments/sensitivity/morris";
export { morrisIndices, morrisTrajectories, trajectoryPoints } from "./experiments/sensitivity/morris";
export type { PointEstimate, PointEstimates } from "./experiments/sensitivity/point-estimates";
export type { FlipPoint } from "./experiments/sensitivity/flip-point";
export type { Bracket } from "./experiments/sensitivity/bisection";
export { advanceBrackets, bisectionRound, tornadoBrackets } from "./experiments/sensitivity/bisection";
export type {
  SensitivityDesign,
  SensitivityMethod,
  SensitivityPoint,
} from "./experiments/sensitivity/sensitivity-design";
export {
  basePointIndex,
  morrisDesign,
  planSensitivity,
  SENSITIVITY_METHODS,
  tornadoDesign,
} from "./experiments/sensitivity/sensitivity-design";
export type {
  ObjectiveSensitivity,
  ParameterEffect,
  ParameterRank,
  SensitivityResult,
} from "./experiments/sensitivity/sensitivity-result";
export type { SensitivityMeta } from "./experiments/sensitivity/summarize-sensitivity";
export { summarizeSensitivity } from "./experiments/sensitivity/summarize-sensitivity";
export type { EvaluatePoints, SensitivityOptions } from "./experiments/sensitivity/run-sensitivity";
export {
  estimatesFromRuns,
  evaluateInThread,
  runSensitivity,
  sensitivityDesign,
} from "./experiments/sensitivity/run-sensitivity";
export { drawParameters, drawValue } from "./experiments/uncertainty/parameter-draws";
export type { VarianceDecomposition } from "./experiments/uncertainty/variance-decomposition";
export { decomposeVariance } from "./experiments/uncertainty/variance-decomposition";
export type { UncertaintyResult, UncertainVerdict } from "./experiments/uncertainty/uncertainty-experiment";
export {
  DEFAULT_DRAWS,
  planUncertainty,
  summarizeUncertainty,
  summarizeUncertaintyRuns,
  uncertaintyPoints,
} from "./experiments/uncertainty/uncertainty-experiment";
export { runUncertainty } from "./experiments/uncertainty/run-uncertainty";
