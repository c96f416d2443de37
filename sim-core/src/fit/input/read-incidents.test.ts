import { describe, expect, it } from "vitest";
import { ValidationError } from "../../errors";
import { parseCsv } from "./csv-text";
import { IncidentFileError, readIncidents } from "./read-incidents";
import { parseTimestamp } from "./timestamps";

// A stand-in for @resilab/scenarios' parseDuration (which this package cannot import).
const parseDuration = (s: string) => {
  const m = /^(\d+(?:\.\d+)?)(s|m|h)?$/.exec(s.trim());
  if (m === null) return undefined;
  return Number(m[1]) * ({ s: 1, m: 60, h: 3600 }[m[2] as "s" | "m" | "h"] ?? 1);
};
const read = (text: string, name = "in.csv") => readIncidents(text, { name, parseDuration });

function issuesOf(text: string, name = "in.csv"): string[] {
  try {
    read(text, name);
  } catch (error) {
    expect(error).toBeInstanceOf(IncidentFileError);
    expect(error).toBeInstanceOf(ValidationError);
    return (error as Error).message.split("\n");
  }
  throw new Error("expected the file to be refused");
}

describe("parseTimestamp", () => {
  it.each([
    ["2026-03-04T05:06:07Z", Date.UTC(2026, 2, 4, 5, 6, 7) / 1000],
    ["2026-03-04 05:06:07", Date.UTC(2026, 2, 4, 5, 6, 7) / 1000],
    ["2026-03-04T05:06:07.250+01:00", Date.UTC(2026, 2, 4, 4, 6, 7) / 1000 + 0.25],
    ["2026-03-04T05:06-0800", Date.UTC(2026, 2, 4, 13, 6) / 1000],
    ["2026-03-04", Date.UTC(2026, 2, 4) / 1000],
    ["04/Mar/26 5:06 PM", Date.UTC(2026, 2, 4, 17, 6) / 1000],
    ["04/Mar/26 12:06 AM", Date.UTC(2026, 2, 4, 0, 6) / 1000],
    ["1772600767", 1772600767],
    ["1772600767250", 1772600767.25],
  ])("%s", (text, seconds) => {
    expect(parseTimestamp(text)).toBe(seconds);
  });

  it.each([
    "2026-02-30T00:00:00Z",
    "2026-13-01",
    "yesterday",
    "2026-03-04T25:00:00Z",
    "04/Foo/26 5:06 PM",
    "",
  ])("refuses %j", (text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });
});

describe("parseCsv", () => {
  it("handles quotes, doubled quotes, embedded line breaks, CRLF and a BOM, keeping line numbers", () => {
    const records = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\r\n\r\nlast,row\n');
    expect(records).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x, y", 'say "hi"\nthere'] },
      { line: 5, fields: ["last", "row"] },
    ]);
  });
});

describe("readIncidents", () => {
  it("reads the generic format: any header case, end or duration, open incidents, modes", () => {
    const t = read(
      [
        "Class,Component,Start,End,Duration,Mode,Cause",
        "controller,c0,2026-01-01T00:00:00Z,2026-01-01T00:30:00Z,,crash,disk full",
        "Control Plane,,2026-01-02T00:00:00Z,,45m,HANG,",
        "executor,e1,2026-01-03T00:00:00Z,,,,",
      ].join("\n"),
    );
    expect(t.format).toBe("generic incident CSV");
    expect(
      t.incidents.map((i) => [i.cls, i.component, i.end === null ? null : i.end - i.start, i.mode]),
    ).toEqual([
      ["controller", "c0", 1800, "crash"],
      ["controlPlane", "controlPlane", 2700, "hang"],
      ["executor", "e1", null, null],
    ]);
  });

  it("reads a JSON array with the same keys", () => {
    const t = read(
      JSON.stringify([
        { class: "dns", start: "2026-01-01T00:00:00Z", duration: "10m" },
        { CLASS: "dns", Start: 1767312000, end: null },
      ]),
      "in.json",
    );
    expect(t.incidents).toHaveLength(2);
    expect(t.incidents[1]!).toMatchObject({ cls: "dns", start: 1767312000, end: null });
  });

  it("lists every bad row with line, column, value and what is allowed; nothing is fitted", () => {
    const lines = issuesOf(
      [
        "class,start,end,mode",
        "controler,2026-01-01T00:00:00Z,2026-01-01T01:00:00Z,crash",
        "controller,not a time,,",
        "controller,2026-01-01T05:00:00Z,2026-01-01T04:00:00Z,",
        "controller,2026-01-01T06:00:00Z,,explode",
        "Jenkins Prod,2026-01-01T07:00:00Z,,",
      ].join("\n"),
    );
    expect(lines).toEqual([
      expect.stringMatching(
        /^in\.csv:2 \(class column "class"\): got "controler"; allowed: a fault class: .*\(did you mean "controller"\?\)$/,
      ),
      expect.stringMatching(
        /^in\.csv:3 \(start column "start"\): got "not a time"; allowed: an ISO 8601 time/,
      ),
      expect.stringMatching(
        /^in\.csv:4 \(end column "end"\): got "2026-01-01T04:00:00Z"; allowed: a time after the start/,
      ),
      expect.stringMatching(
        /^in\.csv:5 \(mode column "mode"\): got "explode"; allowed: one of crash, hang, slow, or empty$/,
      ),
      expect.stringMatching(
        /^in\.csv:6 \(class column "class"\): got "Jenkins Prod"; allowed: .*--class-map "Jenkins Prod=<class>"/,
      ),
    ]);
  });

  it("names the missing columns and the headers it accepts", () => {
    const [line] = issuesOf("name,when\nx,y\n");
    expect(line).toMatch(
      /^in\.csv:1: header: got columns "name", "when"; allowed: a class column named one of class, /,
    );
  });

  it("refuses a row with the wrong number of fields, an unclosed quote, and a disagreeing duration", () => {
    expect(issuesOf("class,start\ncontroller,2026-01-01,extra\n")[0]).toMatch(
      /in\.csv:2: got 3 fields; allowed: 2 fields/,
    );
    expect(issuesOf('class,start\n"controller,2026-01-01\n')[0]).toMatch(/in\.csv:2: got an unclosed quote/);
    expect(
      issuesOf("class,start,end,duration\ncontroller,2026-01-01T00:00:00Z,2026-01-01T01:00:00Z,10m\n")[0],
    ).toMatch(/duration column "duration"\): got "10m"; allowed: a duration matching end − start \(3600 s\)/);
  });

  it("refuses JSON that is not an array of objects, and an empty file", () => {
    expect(issuesOf('{"class": "dns"}', "x.json")[0]).toMatch(
      /x\.json: got an object; allowed: a JSON array/,
    );
    expect(issuesOf('[{"class": "dns", "start": "2026-01-01"}, 7]', "x.json")[0]).toMatch(
      /x\.json\[1\]: got 7/,
    );
    expect(issuesOf("class,start\n")[0]).toMatch(/got no incidents/);
  });
});
