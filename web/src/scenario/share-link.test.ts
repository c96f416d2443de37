import { libraryText } from "@resilab/scenarios";
import LZString from "lz-string";
import { describe, expect, it } from "vitest";
import { lzBomb } from "./lz-bomb";
import { decodeShare, encodeShare, MAX_SHARE_CHARS } from "./share-link";

describe("share links", () => {
  it("round-trip a library scenario through the fragment, much shorter than the text", () => {
    const text = libraryText("default-comparison");
    const fragment = encodeShare(text);
    expect(fragment.length).toBeLessThan(text.length);
    expect(decodeShare(`#${fragment}`)).toEqual({ kind: "text", text });
    expect(decodeShare(`x=1&${fragment}`)).toEqual({ kind: "text", text });
    // A messenger that percent-encodes the link does not break it.
    expect(decodeShare(`#${fragment.replace(/\+/g, "%2B")}`)).toEqual({ kind: "text", text });
  });

  it("keeps unicode and markup-looking text as plain text", () => {
    const text = 'name: "<img src=x onerror=alert(1)>"\ndescription: "≤ 5 min — ✓"\n';
    expect(decodeShare(encodeShare(text))).toEqual({ kind: "text", text });
  });

  it("ignores fragments without a scenario and reports damaged ones", () => {
    expect(decodeShare("")).toEqual({ kind: "none" });
    expect(decodeShare("#results")).toEqual({ kind: "none" });
    expect(decodeShare("#s=")).toMatchObject({ kind: "damaged" });
    expect(decodeShare("#s=%%%not-lz")).toMatchObject({ kind: "damaged" });
    expect(decodeShare("#s=not-a-scenario")).toMatchObject({
      kind: "damaged",
      reason: expect.stringMatching(/damaged/),
    });
    const fragment = encodeShare(libraryText("zone-outage"));
    expect(decodeShare(`#${fragment.slice(0, -5)}`)).toMatchObject({ kind: "damaged" });
    expect(decodeShare(`#s=${"A".repeat(MAX_SHARE_CHARS + 1)}`)).toMatchObject({
      kind: "damaged",
      reason: expect.stringMatching(/longer/),
    });
  });

  it("refuses a link that decompresses to more text than allowed (a compression bomb)", () => {
    const bomb = LZString.compressToEncodedURIComponent("a".repeat(100_001));
    expect(bomb.length).toBeLessThan(1000);
    expect(decodeShare(`#s=${bomb}`, 100_000)).toMatchObject({
      kind: "damaged",
      reason: "the scenario in the link is larger than 100000 characters",
    });
    expect(decodeShare(`#s=${bomb}`, 100_001)).toMatchObject({ kind: "text" });
  });

  it("refuses a 230 KB link that expands to gigabytes, at the 5 MB limit", () => {
    expect(decodeShare(`#s=${lzBomb(230_000)}`)).toEqual({
      kind: "damaged",
      reason: "the scenario in the link is larger than 5 MB",
    });
  });
});
