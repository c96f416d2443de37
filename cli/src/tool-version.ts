/** The tool version printed on every output; kept equal to cli/package.json's version by a test. */
export const TOOL_VERSION = "0.1.0";
