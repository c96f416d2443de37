/**
 * A titled chart with its caption and export buttons (SVG as shown, PNG at twice the size).
 * `render` receives the available width so charts are drawn at their real size, keeping text at
 * its natural size on laptops and large screens alike. With `drawKey` (the result drawn), a new
 * result is drawn in a turn of its own (`draw-queue.ts`), so one picture never redraws every chart
 * in a single long task; until then the card keeps showing the previous drawing.
 */
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { downloadBlob, downloadText } from "../ui/download";
import { svgToPng } from "./chart-export";
import { requestDrawTurn } from "./draw-queue";
import { useWidth } from "./use-width";

/** Props of a chart card. */
export interface ChartCardProps {
  title: string;
  /** What to read off the chart; shown under it. */
  caption: string;
  /** File name stem for exports, e.g. `default-comparison-recovery`. */
  fileStem: string;
  /** Controls shown between the title and the chart (selects, zoom buttons). */
  controls?: ReactNode;
  /** Draws the chart at `width` pixels. */
  render(width: number): ReactNode;
  /** The SVG document to export (as shown, with provenance). */
  exportSvg(): string | null;
  /**
   * What the chart draws (e.g. the result object): a new value is drawn in a draw turn of its
   * own; other changes (width, a control, a zoom) draw at once. Default: always at once.
   */
  drawKey?: unknown;
}

/** The key of a card that has drawn nothing yet. */
const NOTHING_DRAWN = Symbol("nothing drawn");

/** A figure with title, controls, chart, caption and export buttons. */
export function ChartCard({
  title,
  caption,
  fileStem,
  controls,
  render,
  exportSvg,
  drawKey,
}: ChartCardProps) {
  const id = useId();
  const body = useRef<HTMLDivElement>(null);
  const width = Math.max(480, useWidth(body));
  const [drawnKey, setDrawnKey] = useState<unknown>(NOTHING_DRAWN);
  const latestKey = useRef(drawKey);
  latestKey.current = drawKey;
  const lastDrawing = useRef<ReactNode>(null);
  const waiting = drawKey !== undefined && drawKey !== drawnKey;
  let drawing: ReactNode;
  if (!waiting) {
    drawing = render(width);
    lastDrawing.current = drawing;
  } else {
    drawing = lastDrawing.current ?? (
      <p className="muted" style={{ minHeight: 240 }}>
        Drawing the chart…
      </p>
    );
  }
  // After each turn `drawnKey` changes, so a result that arrived meanwhile asks for the next turn.
  useEffect(() => {
    if (!waiting) return;
    return requestDrawTurn(() => {
      if (latestKey.current !== drawnKey) flushSync(() => setDrawnKey(latestKey.current));
    });
  }, [waiting, drawnKey]);
  const [problem, setProblem] = useState<string | null>(null);
  const svg = () => {
    const markup = exportSvg();
    if (markup !== null) downloadText(`${fileStem}.svg`, "image/svg+xml", markup);
  };
  const png = async () => {
    const markup = exportSvg();
    if (markup === null) return;
    try {
      downloadBlob(`${fileStem}.png`, await svgToPng(markup));
      setProblem(null);
    } catch (error) {
      setProblem(`PNG export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <figure className="chart-card" aria-labelledby={`${id}-title`}>
      <div className="chart-head">
        {/* The chart draws its own visible title; the heading names the figure for navigation. */}
        <h3 id={`${id}-title`} className="visually-hidden">
          {title}
        </h3>
        <div className="chart-controls">{controls}</div>
        <fieldset className="plain chart-actions">
          <legend className="visually-hidden">Export {title}</legend>
          <button type="button" onClick={svg} title={`Save “${title}” as SVG`}>
            SVG
          </button>
          <button type="button" onClick={png} title={`Save “${title}” as PNG`}>
            PNG
          </button>
        </fieldset>
      </div>
      <div className="chart-body" ref={body}>
        {drawing}
      </div>
      <figcaption>{caption}</figcaption>
      {problem !== null && <p role="alert">{problem}</p>}
    </figure>
  );
}
