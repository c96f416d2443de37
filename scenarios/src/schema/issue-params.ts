/**
 * Extra detail a custom zod issue may carry for the loader's messages: the offending value when
 * it is only part of the input (e.g. the metric inside an objective line), and a hint.
 */
export interface IssueParams {
  /** The offending value, if not the whole input at the issue's path. */
  value?: unknown;
  /** What is allowed, for humans. */
  allowed?: string;
  /** A did-you-mean or other hint. */
  hint?: string;
}
