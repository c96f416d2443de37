/**
 * The tool version printed on every result the lab produces. It must equal the CLI's, so a
 * result computed in the browser is byte-identical to `resilab run` for the same scenario and
 * seed (a test reads cli/package.json to keep them equal).
 */
export const TOOL_VERSION = "0.1.0";
