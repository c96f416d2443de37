// Public API of @resilab/scenarios. Explicit named exports only.

// --- schema ---
export { scenarioJsonSchema, scenarioJsonSchemaText } from "./json-schema";
// --- library ---
export type { LibraryEntry } from "./library/library";
export { libraryNames, libraryText, listLibrary, loadLibraryScenario } from "./library/library";
// --- loading ---
export type { LoadIssue } from "./load/load-error";
export { formatLoadIssue, LoadError } from "./load/load-error";
export type { LoadResult } from "./load/load-scenario";
export { loadScenario, MAX_ALIAS_COUNT, MAX_SCENARIO_BYTES, tryLoadScenario } from "./load/load-scenario";
export type { DecodedText, TextWarning } from "./load/text-encoding";
export {
  decodeScenarioBytes,
  formatTextWarning,
  MAX_TEXT_WARNINGS,
  replacementCharacterWarnings,
} from "./load/text-encoding";
export type { TextPosition } from "./load/yaml-positions";
export { DISTRIBUTION_FAMILIES, distribution } from "./schema/distribution-schema";
export type { ObjectiveProblem } from "./schema/objective-text";
export { METRIC_NAMES, METRIC_UNITS, parseObjectiveText, parseTarget } from "./schema/objective-text";
export { SCENARIO_FORMAT_VERSION, scenarioFile, toScenario } from "./schema/scenario-schema";
export { PRESETS } from "./schema/topology-schema";
// --- units ---
export { DURATION_PATTERN, formatDuration, parseDuration } from "./units/duration";
export { parsePercentage } from "./units/percentage";
export { parseRate } from "./units/rate";
