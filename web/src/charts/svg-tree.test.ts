import {
  availabilityOverTimeChart,
  availabilityOverTimeData,
  costVsAvailabilityChart,
  costVsAvailabilityData,
  incidentTimelineChart,
  incidentTimelineData,
  interruptionDistributionChart,
  interruptionDistributionData,
  leadTimeDistributionChart,
  leadTimeDistributionData,
  outageDistributionChart,
  outageDistributionData,
  pairedDifferencesChart,
  pairedDifferencesData,
} from "@resilab/reports";
import { describe, expect, it } from "vitest";
import { smallResult } from "../run/test-scenario";
import {
  decodeEntities,
  reactAttributeName,
  readSvg,
  type SanitizeReport,
  type SvgElement,
  writeSvg,
} from "./svg-tree";

function count(e: SvgElement): number {
  return 1 + e.children.reduce((n, c) => n + (typeof c === "string" ? 0 : count(c)), 0);
}

function texts(e: SvgElement): string[] {
  return e.children.flatMap((c) => (typeof c === "string" ? [c] : texts(c)));
}

describe("readSvg on the reports' charts", () => {
  const result = smallResult();
  const charts = {
    outages: outageDistributionChart(outageDistributionData(result)),
    interruptions: interruptionDistributionChart(interruptionDistributionData(result)),
    differences: pairedDifferencesChart(pairedDifferencesData(result)),
    leadTime: leadTimeDistributionChart(leadTimeDistributionData(result)),
    availability: availabilityOverTimeChart(availabilityOverTimeData(result)),
    cost: costVsAvailabilityChart(costVsAvailabilityData(result)),
    timeline: incidentTimelineChart(incidentTimelineData(result), { pipelines: true }),
  };

  it.each(Object.entries(charts))("keeps every element and attribute of the %s chart", (_, markup) => {
    const report: SanitizeReport = { droppedElements: [], droppedAttributes: [] };
    const svg = readSvg(markup, report);
    expect(report).toEqual({ droppedElements: [], droppedAttributes: [] });
    expect(count(svg)).toBe(markup.match(/<[a-z]/g)!.length);
    expect(svg.attrs.role).toBe("img");
    expect(svg.attrs["aria-label"]?.length).toBeGreaterThan(10);
    // Writing the tree back gives the same document, so exports equal what is shown.
    expect(writeSvg(svg)).toBe(markup.replace(/&#39;/g, "'"));
  });
});

describe("readSvg on hostile markup", () => {
  it("drops scripts, handlers, links, styles, foreign content and url() paints", () => {
    const markup =
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script>' +
      '<rect width="3" onclick="x()" style="background:url(//evil)" fill="url(#p)" stroke="#D55E00"/>' +
      '<a href="javascript:alert(3)"><text x="1">link</text></a>' +
      '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>' +
      "<!-- comment --><text>a &lt;b&gt; &amp; &#233;&#x1F600;</text></svg>";
    const report: SanitizeReport = { droppedElements: [], droppedAttributes: [] };
    const svg = readSvg(markup, report);
    expect(report.droppedElements).toEqual(["script", "a", "foreignObject"]);
    expect(report.droppedAttributes).toEqual(["onload", "onclick", "style", "fill"]);
    expect(writeSvg(svg)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg"><rect width="3" stroke="#D55E00"/><text>a &lt;b&gt; &amp; é😀</text></svg>',
    );
    expect(texts(svg)).toEqual(["a <b> & é😀"]);
  });

  it.each([
    ["an unclosed element", "<svg><g></svg>"],
    ["a stray closing tag", "<svg></g></svg>"],
    ["a broken tag", "<svg><rect width=3/></svg>"],
    ["no svg at all", "<g></g>"],
  ])("refuses %s", (_, markup) => {
    expect(() => readSvg(markup)).toThrow(SyntaxError);
  });
});

describe("helpers", () => {
  it("decode references and name attributes the React way", () => {
    expect(decodeEntities("&amp;lt; &#0; &bogus; &#x41;")).toBe("&lt; \uFFFD &bogus; A");
    expect(reactAttributeName("stroke-dasharray")).toBe("strokeDasharray");
    expect(reactAttributeName("aria-label")).toBe("aria-label");
    expect(reactAttributeName("viewBox")).toBe("viewBox");
  });
});
