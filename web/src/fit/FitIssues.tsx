/**
 * The problems of an incident file: every bad row with its line (or JSON record), the column as
 * written in the file's header, the value and what is allowed. Everything from the file is
 * rendered as text by React, so a cell like `<img onerror=…>` shows as those characters.
 */
import type { Issue } from "@resilab/sim-core";
import { ScrollRegion } from "../charts/ScrollRegion";
import { issueRow } from "./issue-rows";

/** The problems table; nothing was fitted. */
export function FitIssues({ name, issues }: { name: string; issues: readonly Issue[] }) {
  const rows = issues.map(issueRow);
  return (
    <div className="fit-issues" role="alert">
      <p className="help error">
        {name}: {issues.length} problem{issues.length === 1 ? "" : "s"}; nothing was fitted. Fix the file (or
        the options) and fit again.
      </p>
      <ScrollRegion label="Problems in the incident file (table)">
        <table className="verdict-table fit-table">
          <caption>Problems in {name}</caption>
          <thead>
            <tr>
              <th scope="col">where</th>
              <th scope="col">column</th>
              <th scope="col">got</th>
              <th scope="col">allowed</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity beyond their position
              <tr key={i}>
                <th scope="row">{r.where}</th>
                <td>{r.column}</td>
                <td>
                  <code>{r.value}</code>
                </td>
                <td>{r.allowed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
