// Public API of @resilab/web: the lab's DOM-free core (the worker code path, streaming runs,
// share links, drafts, YAML edits and knobs), for the bench and other tools. The UI itself is
// the app entry (main.tsx), not part of this API. Explicit named exports only.

// --- runs: the worker code path and streaming ---
export type { EndpointEvents, EndpointFactory, TaskEndpoint } from "./run/endpoint";
export { inProcessEndpoint } from "./run/endpoint";
export type { FailureKind, JobContext, WorkerReply, WorkerRequest } from "./run/protocol";
export { RoundTracker, streamingOrder } from "./run/rounds";
export type { Picture, StreamCallbacks, StreamFailure, StreamOptions } from "./run/stream";
export { streamExperiment, streamSweep } from "./run/stream";
export type { PoolListener, PoolRun, TaskPoolOptions } from "./run/task-pool";
export { TaskPool } from "./run/task-pool";
export type { TaskHandler } from "./run/task-runner";
export { createTaskHandler, runJobTask } from "./run/task-runner";
// --- scenario: knobs, sweeps, share links and drafts ---
export type { Draft, DraftStorage } from "./scenario/draft-store";
export { clearDraft, DRAFT_KEY, loadDraft, saveDraft } from "./scenario/draft-store";
export type { KnobUnit, NumericKnob } from "./scenario/knob-values";
export {
  formatKnobValue,
  niceDuration,
  positionOf,
  SLIDER_STEPS,
  valueAtPosition,
  valueForMove,
} from "./scenario/knob-values";
export type { ChoiceKnob, FailureClass } from "./scenario/knobs";
export {
  customKnob,
  experimentKnobs,
  FAILURE_CLASS_LABEL,
  FAILURE_CLASSES,
  failureKnobs,
  sweepableKnobs,
  sweepParameter,
  topologyChoices,
  topologyKnobs,
  workloadKnobs,
} from "./scenario/knobs";
export type { SharedScenario } from "./scenario/share-link";
export { decodeShare, encodeShare, MAX_SHARE_CHARS, SHARE_KEY } from "./scenario/share-link";
export type { SweepValues } from "./scenario/sweep-values";
export { MAX_SWEEP_VALUES, parseSweepValues, suggestSweepValues } from "./scenario/sweep-values";
// --- state ---
export type { LabAction, LabState, RunKind, RunState, SweepView } from "./state/lab-state";
export { canExport, initialState, labReducer, liveRunDue, resultIsCurrent } from "./state/lab-state";
export type { Validation } from "./state/validate-text";
export { OFF_THREAD_CHARS, validatesOffThread, validateText } from "./state/validate-text";
export { TOOL_VERSION } from "./version";

// --- YAML editing ---
export { appendItem, removeItem, setScalar, YamlEditError, yamlScalar } from "./yaml/yaml-edit";
export type { YMap, YNode, YPair, YPath, YScalar, YSeq } from "./yaml/yaml-nodes";
export { nodeAt } from "./yaml/yaml-nodes";
export { readYaml } from "./yaml/yaml-tree";
