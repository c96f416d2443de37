/**
 * The YAML editor: a plain textarea (untrusted text stays text) with line numbers, problem
 * markers in the gutter, and the loader's problems listed as `line:column` links that put the
 * cursor on the spot. Validation runs on every keystroke.
 */
import { formatLoadIssue, type LoadIssue } from "@resilab/scenarios";
import { useMemo, useRef } from "react";

/** Props of the editor. */
export interface YamlEditorProps {
  text: string;
  fileName: string;
  issues: readonly LoadIssue[];
  onChange(text: string): void;
}

const LINE_HEIGHT = 20;

/** Offset of (line, column), both 1-based, in `text`. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf("\n", offset);
    if (nl === -1) return text.length;
    offset = nl + 1;
  }
  const end = text.indexOf("\n", offset);
  return Math.min(offset + Math.max(0, column - 1), end === -1 ? text.length : end);
}

/** The editor with its problem list. */
export function YamlEditor({ text, fileName, issues, onChange }: YamlEditorProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const lines = useMemo(() => text.split("\n").length, [text]);
  const numbers = useMemo(() => Array.from({ length: lines }, (_, i) => i + 1).join("\n"), [lines]);
  const badLines = useMemo(() => [...new Set(issues.map((i) => i.line))], [issues]);
  const jump = (issue: LoadIssue) => {
    const el = area.current;
    if (el === null) return;
    const at = offsetOf(text, issue.line, issue.column);
    el.focus();
    el.setSelectionRange(at, at);
    el.scrollTop = Math.max(0, (issue.line - 4) * LINE_HEIGHT);
  };
  return (
    <div className="yaml-editor">
      <div className="yaml-head">
        <label htmlFor="yaml-text" className="pane-title">
          YAML <span className="muted">({fileName})</span>
        </label>
        <span
          className={issues.length === 0 ? "valid-badge" : "invalid-badge"}
          role="status"
          aria-live="polite"
        >
          {issues.length === 0
            ? "✓ valid"
            : `${issues.length} ${issues.length === 1 ? "problem" : "problems"}`}
        </span>
      </div>
      <div className="yaml-frame">
        <div className="yaml-gutter" ref={gutter} aria-hidden="true">
          <pre>{numbers}</pre>
          {badLines.map((line) => (
            <span key={line} className="gutter-mark" style={{ top: 8 + (line - 1) * LINE_HEIGHT }} />
          ))}
        </div>
        <textarea
          id="yaml-text"
          ref={area}
          value={text}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          wrap="off"
          aria-invalid={issues.length > 0}
          aria-describedby="yaml-issues"
          onChange={(e) => onChange(e.target.value)}
          onScroll={(e) => {
            if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
          }}
        />
      </div>
      <div id="yaml-issues" className="yaml-issues" aria-live="polite">
        {issues.length > 0 && (
          <ul>
            {issues.slice(0, 50).map((issue) => (
              <li key={`${issue.line}:${issue.column}:${issue.path}:${issue.allowed}`}>
                <button
                  type="button"
                  className="link"
                  onClick={() => jump(issue)}
                  title={formatLoadIssue(issue)}
                >
                  line {issue.line}, column {issue.column}
                </button>{" "}
                {issue.path !== "" && <code>{issue.path}</code>}
                {issue.path !== "" && ": "}
                {issue.value !== "" && <>got {issue.value}; </>}
                allowed: {issue.allowed}
                {issue.hint !== undefined && <em> ({issue.hint})</em>}
              </li>
            ))}
            {issues.length > 50 && <li>… and {issues.length - 50} more.</li>}
          </ul>
        )}
      </div>
    </div>
  );
}
