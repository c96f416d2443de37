import { libraryText, loadScenario } from "@resilab/scenarios";
import type { PlannedChange } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import {
  addChange,
  addPeople,
  addShift,
  addWindow,
  CHANGES_PATH,
  removeRow,
  rowKeys,
  SCHEDULE_PATH,
  WINDOW_PATH,
  writeRowField,
  yamlLine,
} from "./list-edits";
import {
  changeFields,
  changeValues,
  type RowField,
  rowWrite,
  SHIFT_FIELDS,
  shiftValues,
  WEEK_START_FIELD,
  WINDOW_FIELDS,
  weekStartText,
  windowValues,
} from "./list-rows";

const field = (fields: readonly RowField[], key: string) => fields.find((f) => f.key === key)!;

/** Writes typed text into a field and loads the result (the write must be accepted). */
function write(text: string, at: (string | number)[], f: RowField, typed: string) {
  const w = rowWrite(f, [...at, f.key].join("."), typed);
  if (!w.ok) throw new Error(w.message);
  return writeRowField(text, at, f, w.raw);
}

describe("on-call shifts", () => {
  const text = libraryText("on-call-manual-failover");

  it("show the schedule and write each field at people.schedule.<i>.<key>", () => {
    const before = loadScenario(text).people!.schedule![0]!;
    expect(shiftValues(before)).toEqual({ days: "mon, tue, wed, thu, fri", from: "9", to: "17" });
    let edited = write(text, [...SCHEDULE_PATH, 0], field(SHIFT_FIELDS, "days"), "sat, sun");
    edited = write(edited, [...SCHEDULE_PATH, 0], field(SHIFT_FIELDS, "from"), "8.5");
    edited = write(edited, [...SCHEDULE_PATH, 0], field(SHIFT_FIELDS, "to"), "2");
    const after = loadScenario(edited).people!.schedule![0]!;
    expect(after.days).toEqual([5, 6]);
    expect([after.from, after.to]).toEqual([8.5, 2]);
    expect(after.response).toEqual(before.response); // the distribution is left alone
  });

  it("writes the week start and shows it as a day and time", () => {
    const edited = write(text, ["people"], WEEK_START_FIELD, "sun 03:00");
    const seconds = loadScenario(edited).people!.weekStart!;
    expect(seconds).toBe(6 * 86_400 + 3 * 3600);
    expect(weekStartText(seconds)).toBe("sun 03:00");
  });

  it("adds and removes shifts, and starts a people block where there is none", () => {
    const two = addShift(text);
    expect(loadScenario(two).people!.schedule).toHaveLength(2);
    expect(loadScenario(removeRow(two, SCHEDULE_PATH, 0)).people!.schedule).toHaveLength(1);
    const fresh = addShift(addPeople(libraryText("default-comparison")));
    const people = loadScenario(fresh).people!;
    expect(people.schedule?.[0]?.days).toEqual([0, 1, 2, 3, 4]);
    expect(people.response.kind).toBe("lognormal");
  });
});

describe("planned changes", () => {
  const text = libraryText("planned-maintenance");
  const at = (i: number) => [...CHANGES_PATH, i];

  it("write each field of a change at maintenance.changes.<i>.<key>", () => {
    const change = loadScenario(text).maintenance!.changes[0]!;
    expect(changeValues(change)).toEqual({ every: "7d", duration: "5m", cutover: "" });
    let edited = write(text, at(0), field(changeFields(change), "every"), "2w");
    edited = write(edited, at(0), field(changeFields(change), "duration"), "90s");
    const after = loadScenario(edited).maintenance!.changes[0]!;
    expect([after.every, after.kind === "plugin-update" ? after.duration : -1]).toEqual([14 * 86_400, 90]);
  });

  it("add a node drain with its own fields, and the window", () => {
    const edited = addChange(text, "node-drain");
    const drain = loadScenario(edited).maintenance!.changes[1] as PlannedChange;
    expect(drain.kind).toBe("node-drain");
    expect(changeFields(drain).map((f) => f.key)).toEqual(["every", "duration", "maxUnavailable"]);
    const more = write(edited, at(1), field(changeFields(drain), "maxUnavailable"), "2");
    expect(changeValues(loadScenario(more).maintenance!.changes[1]!).maxUnavailable).toBe("2");
    const window = loadScenario(write(text, [...WINDOW_PATH], field(WINDOW_FIELDS, "days"), "sat"))
      .maintenance!.window!;
    expect(windowValues(window)).toEqual({ days: "sat", from: "2" });
  });

  it("start a maintenance block and a window where there is none", () => {
    const fresh = addWindow(addChange(libraryText("default-comparison"), "controller-upgrade"));
    const m = loadScenario(fresh).maintenance!;
    expect(m.changes.map((c) => c.kind)).toEqual(["controller-upgrade"]);
    expect(m.window).toEqual({ days: [6], from: 2 });
  });
});

describe("validation messages", () => {
  it.each([
    [field(SHIFT_FIELDS, "from"), "people.schedule.0.from", "25", "an hour of the day from 0 to 24"],
    [field(SHIFT_FIELDS, "days"), "people.schedule.0.days", "mon, funday", 'each one of "mon"'],
    [WEEK_START_FIELD, "people.weekStart", "monday 9", 'e.g. "mon 00:00"'],
    [
      { key: "every", label: "Every", kind: "duration" } as RowField,
      "maintenance.changes.0.every",
      "soon",
      '"5m"',
    ],
    [
      { key: "maxUnavailable", label: "n", kind: "count" } as RowField,
      "maintenance.changes.1.maxUnavailable",
      "0",
      "≥ 1",
    ],
  ])("%#: name the field, the value and what is allowed", (f, path, typed, allowed) => {
    const w = rowWrite(f, path, typed);
    expect(w.ok).toBe(false);
    if (!w.ok) {
      expect(w.message.startsWith(`${path}: got "${typed}"; allowed: `)).toBe(true);
      expect(w.message).toContain(allowed);
    }
  });

  it("accept what the loader accepts", () => {
    expect(rowWrite(field(SHIFT_FIELDS, "days"), "d", "mon tue,wed")).toEqual({
      ok: true,
      raw: "[mon, tue, wed]",
    });
    expect(rowWrite(field(SHIFT_FIELDS, "to"), "t", "24")).toEqual({ ok: true, raw: "24" });
    expect(rowWrite({ key: "every", label: "", kind: "duration" }, "e", "1h30m")).toEqual({
      ok: true,
      raw: "1h30m",
    });
  });
});

describe("yamlLine", () => {
  it("points at the line of a value the form leaves to the YAML", () => {
    const text = libraryText("on-call-manual-failover");
    const line = yamlLine(text, [...SCHEDULE_PATH, 0, "response"])!;
    expect(text.split("\n")[line - 1]).toContain("response: { lognormal: { median: 2m");
    expect(yamlLine(text, ["maintenance"])).toBeUndefined();
  });
});

describe("rowKeys", () => {
  it("gives each row a distinct key from its place in the text, and placeholders past the text", () => {
    const text = addShift(libraryText("on-call-manual-failover"));
    const keys = rowKeys(text, SCHEDULE_PATH, 2);
    expect(new Set(keys).size).toBe(2);
    expect(keys.every((k) => typeof k === "number")).toBe(true);
    expect(rowKeys("a: 1\n", SCHEDULE_PATH, 1)).toEqual(["row-0"]);
  });
});
