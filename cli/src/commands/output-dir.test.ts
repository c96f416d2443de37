import { describe, expect, it } from "vitest";
import { outputDir, slug } from "./output-dir";

describe("output directory", () => {
  it("slugs scenario names safely", () => {
    expect(slug("Default comparison")).toBe("default-comparison");
    expect(slug("../../etc/passwd")).toBe("etc-passwd");
    expect(slug("<script>alert(1)</script>")).toBe("script-alert-1-script");
    expect(slug("///")).toBe("scenario");
  });

  it("defaults to resilab-results/<slug>, or nothing for --json alone", () => {
    expect(outputDir(undefined, false, "Demo", "/work")).toBe("/work/resilab-results/demo");
    expect(outputDir(undefined, true, "Demo", "/work")).toBeNull();
    expect(outputDir("out", true, "Demo", "/work")).toBe("/work/out");
  });
});
