import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * pdfkit draws each piece of text with exactly one font and has no fallback, while our documents
 * mix Cyrillic/Latin (DejaVu Sans) with Chinese (Noto Sans SC, which lacks Kazakh letters such as
 * ә and ө). So text is cut into runs by script and every run is drawn with the font that has it.
 *
 * Lines are laid out here rather than by pdfkit's `continued` text: pdfkit places each fragment by
 * its own font's ascender (the two fonts would sit on different baselines), cannot measure the
 * height of mixed-font text, and tables need that height before drawing to decide on a page break.
 */

const fontFiles = {
  latin: ["dejavu-fonts-ttf", "ttf", "DejaVuSans.ttf"],
  latinBold: ["dejavu-fonts-ttf", "ttf", "DejaVuSans-Bold.ttf"],
  cjk: ["@expo-google-fonts", "noto-sans-sc", "400Regular", "NotoSansSC_400Regular.ttf"],
  cjkBold: ["@expo-google-fonts", "noto-sans-sc", "700Bold", "NotoSansSC_700Bold.ttf"],
} as const;

export type FontKey = keyof typeof fontFiles;

/**
 * From the working directory, not require.resolve: Next's server bundle rewrites module
 * resolution, while dev, `next start`, tests and the Docker image all run from the directory that
 * holds node_modules.
 */
export function fontPath(key: FontKey): string {
  return path.join(process.cwd(), "node_modules", ...fontFiles[key]);
}

// Noto Sans SC is ~10 MB per weight: read once per process, not once per document.
const fontBytes = new Map<FontKey, Buffer>();

function loadFont(key: FontKey): Buffer {
  const cached = fontBytes.get(key);
  if (cached) return cached;
  const file = fontPath(key);
  if (!existsSync(file)) throw new Error(`PDF font not found: ${file} (fonts are read from node_modules in the working directory)`);
  const bytes = readFileSync(file);
  fontBytes.set(key, bytes);
  return bytes;
}

/**
 * Pass as the `font` option of new PDFDocument: pdfkit loads its initial font in the constructor,
 * and a TTF there keeps it from loading the built-in Helvetica metrics at all.
 */
export function initialFontFile(): string {
  return fontPath("latin");
}

/**
 * Registers the bold and CJK fonts under their FontKey names; a font is embedded only if used.
 * The regular Latin font is addressed by its path instead: registering it under a name would make
 * pdfkit, finding a font of the same name already open, reopen the file on every font switch.
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const key of ["latinBold", "cjk", "cjkBold"] as const) doc.registerFont(key, loadFont(key));
}

function fontFor(cjk: boolean, bold: boolean): string {
  if (cjk) return bold ? "cjkBold" : "cjk";
  return bold ? "latinBold" : fontPath("latin");
}

// Han, kana, Hangul, Bopomofo, CJK symbols and punctuation, CJK compatibility forms, enclosed
// CJK, and halfwidth/fullwidth forms (fullwidth digits, ￥, （）…).
const cjkChar = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303F\u30FC\u3200-\u33FF\uFE30-\uFE4F\uFF00-\uFFEF]/u;
// Only plain spaces break lines and join either script: no-break spaces inside formatted numbers
// ("1 234,50 ₸") must keep the number whole.
const breakSpace = /^ +$/;
// Punctuation that must not start, or end, a line (a minimal form of CJK line-breaking rules).
const noLineStart = /^[,.;:!?)\]}»”’，。、；：！？）】》」』〉…]/u;
const noLineEnd = /[(\[{«“‘（【《「『〈]$/u;

export type ScriptRun = { text: string; cjk: boolean };

/** Cuts text into maximal runs of CJK and of everything else; spaces stay with the run they follow. */
export function splitScriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  for (const char of text) {
    const last = runs.at(-1);
    const cjk = breakSpace.test(char) && last ? last.cjk : cjkChar.test(char);
    if (last && last.cjk === cjk) last.text += char;
    else runs.push({ text: char, cjk });
  }
  return runs;
}

export type TextStyle = {
  bold?: boolean;
  size?: number;
  /** Wrap at this width; without it each "\n"-separated line is drawn on one line. */
  width?: number;
  align?: "left" | "center" | "right";
  color?: string;
};

type Segment = { text: string; cjk: boolean; width: number; trailing: number };
type Line = { segments: Segment[]; width: number };

const defaultSize = 10;
// Shared by both fonts so runs share one baseline whatever each font's own ascender is.
const lineHeightFactor = 1.3;
const ascentFactor = 0.98;

function measure(doc: PDFKit.PDFDocument, text: string, cjk: boolean, style: TextStyle): Segment {
  doc.font(fontFor(cjk, style.bold ?? false)).fontSize(style.size ?? defaultSize);
  const width = doc.widthOfString(text);
  const visible = text.trimEnd();
  return { text, cjk, width, trailing: visible === text ? 0 : width - doc.widthOfString(visible) };
}

function tokens(doc: PDFKit.PDFDocument, paragraph: string, style: TextStyle): Segment[] {
  return splitScriptRuns(paragraph).flatMap((run) => {
    const pieces = run.cjk ? Array.from(run.text) : (run.text.match(/[^ ]+ *| +/g) ?? []);
    return pieces.map((piece) => measure(doc, piece, run.cjk, style));
  });
}

/**
 * Groups tokens into unbreakable units. A line may break after a space, and next to a CJK
 * character, except before closing or after opening punctuation: "(棉布)" stays whole.
 */
function units(segments: Segment[]): Segment[][] {
  const grouped: Segment[][] = [];
  let previous: Segment | undefined;
  for (const segment of segments) {
    const breakable =
      previous !== undefined &&
      (previous.trailing > 0 || ((previous.cjk || segment.cjk) && !noLineStart.test(segment.text) && !noLineEnd.test(previous.text)));
    const last = grouped.at(-1);
    if (last && !breakable) last.push(segment);
    else grouped.push([segment]);
    previous = segment;
  }
  return grouped;
}

function closeLine(segments: Segment[]): Line {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (last && last.cjk === segment.cjk) merged[merged.length - 1] = { text: last.text + segment.text, cjk: last.cjk, width: last.width + segment.width, trailing: segment.trailing };
    else merged.push({ ...segment });
  }
  const last = merged.at(-1);
  if (last) merged[merged.length - 1] = { ...last, text: last.text.trimEnd(), width: last.width - last.trailing, trailing: 0 };
  return { segments: merged, width: merged.reduce((sum, segment) => sum + segment.width, 0) };
}

function layoutLines(doc: PDFKit.PDFDocument, text: string, style: TextStyle): Line[] {
  const maxWidth = style.width;
  const lines: Line[] = [];
  for (const paragraph of text.split("\n")) {
    let current: Segment[] = [];
    let width = 0;
    let wrapped = false;
    const place = (unit: Segment[]): void => {
      const unitWidth = unit.reduce((sum, segment) => sum + segment.width, 0);
      const trailing = unit.at(-1)?.trailing ?? 0;
      if (current.length === 0 && wrapped && unitWidth === trailing) return;
      const fits = maxWidth === undefined || width + unitWidth - trailing <= maxWidth;
      if (!fits && current.length > 0) {
        lines.push(closeLine(current));
        current = [];
        width = 0;
        wrapped = true;
        return place(unit);
      }
      if (!fits && unit.flatMap((segment) => Array.from(segment.text.trimEnd())).length > 1) {
        // Wider than a whole line (a long reference, an IBAN): break after "-" or "/" if that
        // splits it, otherwise between any two characters.
        const pieces = unit.flatMap((segment) => segment.text.split(/(?<=[-/])(?=.)/u).map((text) => ({ text, cjk: segment.cjk })));
        const parts = pieces.length > 1 ? pieces : pieces.flatMap((piece) => Array.from(piece.text, (text) => ({ text, cjk: piece.cjk })));
        for (const part of parts) place([measure(doc, part.text, part.cjk, style)]);
        return;
      }
      current.push(...unit);
      width += unitWidth;
    };
    for (const unit of units(tokens(doc, paragraph, style))) place(unit);
    lines.push(closeLine(current));
  }
  return lines;
}

export function lineHeight(size: number = defaultSize): number {
  return size * lineHeightFactor;
}

/** The lines writeText would draw, as text. */
export function wrapText(doc: PDFKit.PDFDocument, text: string, style: TextStyle = {}): string[] {
  return layoutLines(doc, text, style).map((line) => line.segments.map((segment) => segment.text).join(""));
}

/** The height writeText would take, and the widest line. */
export function measureText(doc: PDFKit.PDFDocument, text: string, style: TextStyle = {}): { width: number; height: number } {
  const lines = layoutLines(doc, text, style);
  return { width: Math.max(0, ...lines.map((line) => line.width)), height: lines.length * lineHeight(style.size) };
}

/**
 * Draws text with its top at (x, y) — by default the document cursor — wrapping at style.width,
 * and leaves the cursor under it. Never adds a page: callers check the height first with
 * measureText. Returns the height used.
 */
export function writeText(doc: PDFKit.PDFDocument, text: string, style: TextStyle & { x?: number; y?: number } = {}): number {
  const size = style.size ?? defaultSize;
  const left = style.x ?? doc.x;
  let top = style.y ?? doc.y;
  const lines = layoutLines(doc, text, style);
  for (const line of lines) {
    const free = style.width === undefined ? 0 : Math.max(0, style.width - line.width);
    let x = left + (style.align === "right" ? free : style.align === "center" ? free / 2 : 0);
    for (const segment of line.segments) {
      if (segment.text === "") continue;
      doc
        .font(fontFor(segment.cjk, style.bold ?? false))
        .fontSize(size)
        .fillColor(style.color ?? "#111111")
        .text(segment.text, x, top + size * ascentFactor, { lineBreak: false, baseline: "alphabetic" });
      x += segment.width;
    }
    top += lineHeight(size);
  }
  doc.x = left;
  doc.y = top;
  return lines.length * lineHeight(size);
}
