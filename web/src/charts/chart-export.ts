/**
 * Chart export: the SVG exactly as shown (it already carries its title, description and the
 * provenance note), or a PNG rendered from it at twice the size for sharp slides.
 */
import { escapeXml } from "@resilab/reports";

/** The pixel size an SVG document declares (width/height attributes, else its viewBox). */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(open)?.[1]);
  let width = attr("width");
  let height = attr("height");
  if (!(width > 0 && height > 0)) {
    const box = /viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(open);
    width = Number(box?.[1]);
    height = Number(box?.[2]);
  }
  return width > 0 && height > 0 ? { width, height } : { width: 720, height: 400 };
}

/** Renders an SVG document to a PNG blob at `scale` × its size, on a white background. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    if (context === null) throw new Error("this browser cannot draw on a canvas");
    context.fillStyle = "#FFFFFF";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error("the PNG could not be encoded"))),
        "image/png",
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Height added below a chart for its provenance line (px). */
const NOTE_HEIGHT = 18;

/**
 * Adds the provenance line ("resilab 0.1.0 · scenario … · seed …") below an SVG the lab draws
 * itself (the timeline, the queue chart), as the report charts carry it: the document grows by
 * `NOTE_HEIGHT` and the note is escaped text.
 */
export function withProvenance(svg: string, note: string): string {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0];
  const close = svg.lastIndexOf("</svg>");
  if (open === undefined || close < 0) return svg;
  const { width, height } = svgSize(svg);
  const grown = height + NOTE_HEIGHT;
  let tag = open
    .replace(/\sheight="[\d.]+"/, ` height="${grown}"`)
    .replace(/viewBox="([\d.-]+) ([\d.-]+) ([\d.]+) [\d.]+"/, `viewBox="$1 $2 $3 ${grown}"`);
  if (!/\sheight="/.test(tag)) tag = tag.replace(/^<svg\b/, `<svg height="${grown}"`);
  if (!/\sviewBox="/.test(tag)) tag = tag.replace(/^<svg\b/, `<svg viewBox="0 0 ${width} ${grown}"`);
  const text = `<text x="8" y="${height + 13}" font-size="10" fill="#57606a" class="provenance">${escapeXml(note)}</text>`;
  return svg.slice(0, close).replace(open, tag) + text + svg.slice(close);
}
