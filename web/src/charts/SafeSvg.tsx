/**
 * Renders a chart SVG string from `@resilab/reports` as React elements, through the
 * allow-listing reader — never as innerHTML. Text stays text: React escapes it once more.
 */
import { createElement, type ReactElement, useMemo } from "react";
import { reactAttributeName, readSvg, type SvgElement } from "./svg-tree";

function toReact(element: SvgElement, key: string): ReactElement {
  const props: Record<string, string> = { key };
  for (const [name, value] of Object.entries(element.attrs)) props[reactAttributeName(name)] = value;
  const children = element.children.map((child, i) =>
    typeof child === "string" ? child : toReact(child, String(i)),
  );
  return createElement(element.tag, props, ...children);
}

/** A chart drawn from SVG markup; a chart that cannot be read shows why instead. */
export function SafeSvg({ markup }: { markup: string }) {
  const tree = useMemo(() => {
    try {
      return readSvg(markup);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }, [markup]);
  if (tree instanceof Error) return <p role="alert">This chart could not be drawn: {tree.message}</p>;
  return toReact(tree, "svg");
}
