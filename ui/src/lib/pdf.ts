// Showing a PDF's pages with Mozilla's PDF.js. Loaded on first use (its own chunk), with
// its worker bundled by Vite from the app's own files: nothing comes from outside, and
// the window's Content-Security-Policy allows nothing from outside.
import type { PDFDocumentProxy, RenderTask } from "pdfjs-dist";

type PdfJs = typeof import("pdfjs-dist");
let loading: Promise<PdfJs> | null = null;

function pdfjs(): Promise<PdfJs> {
  loading ??= Promise.all([import("pdfjs-dist"), import("pdfjs-dist/build/pdf.worker.min.mjs?url")]).then(
    ([lib, worker]) => {
      lib.GlobalWorkerOptions.workerSrc = worker.default;
      // One worker for every document: starting one per document costs more than the page.
      shared = new lib.PDFWorker();
      return lib;
    },
  );
  return loading;
}
let shared: InstanceType<PdfJs["PDFWorker"]> | null = null;

export type PdfDocument = PDFDocumentProxy;
/** An open PDF, and how to let it go (its worker's memory with it). */
export type OpenPdf = { doc: PdfDocument; close: () => void };

/** Opens a PDF from its bytes (which PDF.js takes over: pass a copy to keep them). Every
 *  font the packs use is embedded, so nothing else is fetched; their glyphs are drawn as
 *  paths (`disableFontFace`), which drew the first page sooner than handing each font to
 *  the window's font loader (see docs/benchmarks.md, "Live preview"). */
export async function openPdf(bytes: Uint8Array): Promise<OpenPdf> {
  const lib = await pdfjs();
  const task = lib.getDocument({ data: bytes, worker: shared ?? undefined, disableFontFace: true, useWasm: false, useSystemFonts: false, stopAtErrors: false });
  const close = () => void task.destroy();
  try {
    return { doc: await task.promise, close };
  } catch (e) {
    close();
    throw e;
  }
}

/** A page's size in CSS pixels at scale 1 (PDF points). */
export async function pageSize(doc: PdfDocument, page: number): Promise<{ width: number; height: number }> {
  const p = await doc.getPage(page);
  const v = p.getViewport({ scale: 1 });
  return { width: v.width, height: v.height };
}

/** A page being drawn: `done` resolves with the finished canvas, `cancel` stops it. */
export type Drawing = { done: Promise<HTMLCanvasElement>; cancel: () => void };

/** Draws page `page` `width` CSS pixels wide (sharp on this screen) on a canvas of its own. */
export function drawPage(doc: PdfDocument, page: number, width: number): Drawing {
  let task: RenderTask | null = null;
  let cancelled = false;
  const done = (async () => {
    const p = await doc.getPage(page);
    const base = p.getViewport({ scale: 1 });
    const scale = (width / base.width) * Math.min(window.devicePixelRatio || 1, 2);
    const viewport = p.getViewport({ scale });
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    if (cancelled) throw new Error("cancelled");
    task = p.render({ canvas, viewport });
    await task.promise;
    return canvas;
  })();
  return {
    done,
    cancel: () => {
      cancelled = true;
      task?.cancel();
    },
  };
}
