// pdfjs-dist in the browser: the library and its worker script are chunks of the bundle (Vite's
// `?url`), loaded when the first PDF comes, and handed to report-text as its `pdfjs` option.
import { fileTypeOf } from "@disclosure/report-text/internal";

let loading: Promise<unknown> | undefined;

/** pdfjs-dist set up for the browser: its worker from the bundle. */
function browserPdfjs(): Promise<unknown> {
  loading ??= Promise.all([
    import("pdfjs-dist/legacy/build/pdf.mjs"),
    import("pdfjs-dist/legacy/build/pdf.worker.min.mjs?url"),
  ]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    return pdfjs;
  });
  return loading;
}

/**
 * The `pdfjs` option for reading a file: pdfjs-dist when the file is a PDF, else nothing. Should
 * the chunk not load, nothing either: report-text then says which module is missing.
 */
export async function pdfjsOption(name: string, bytes: Uint8Array): Promise<{ pdfjs?: unknown }> {
  if (fileTypeOf(name, bytes) !== "pdf") return {};
  return browserPdfjs().then(
    (pdfjs) => ({ pdfjs }),
    () => {
      loading = undefined;
      return {};
    },
  );
}
