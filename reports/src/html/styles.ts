/**
 * The report's stylesheet, inlined into every HTML report (no network). System fonts only;
 * status colours come from the Okabe–Ito palette and always accompany a status word.
 */

/** CSS of the HTML reports. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #222222; --muted: #555555; --rule: #DDDDDD; --accent: #0072B2; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #FFFFFF; }
header, main, footer { max-width: 1040px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 24px; border-bottom: 3px solid var(--accent); padding-bottom: 12px; }
h1 { font-size: 1.6em; margin: 0 0 4px; overflow-wrap: anywhere; }
h2 { font-size: 1.25em; margin: 32px 0 6px; }
p { margin: 6px 0; overflow-wrap: anywhere; }
.provenance { color: var(--muted); font-size: 0.9em; }
.headline { font-size: 1.1em; font-weight: 600; margin: 12px 0; }
nav ol { padding-left: 20px; columns: 2; margin: 12px 0; }
figure { margin: 12px 0 24px; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { color: var(--muted); font-size: 0.9em; margin-top: 4px; }
.table-wrap { overflow-x: auto; }
table.rl-metrics { border-collapse: collapse; font-size: 14px; }
table.rl-metrics th, table.rl-metrics td { padding: 5px 10px; border: 1px solid var(--rule); text-align: left; vertical-align: top; }
table.rl-metrics th { background: #F4F4F4; }
footer { margin-top: 40px; padding-bottom: 32px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.9em; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.92em; }
@media print { nav { display: none; } figure { break-inside: avoid; } }
`;
