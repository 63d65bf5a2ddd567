// Optional modules: heavy libraries that one feature loads on first use (pdfjs-dist to
// read PDF, docx to write Word, exceljs for Excel workbooks). Packages declare them as
// optional peer dependencies; when one is not installed, the feature fails with a
// bilingual message naming the package and the command that installs it.
import { type Message, message } from "./issues.js";

/** An optional module as a feature needs it. */
export interface OptionalModule {
  /** The package, e.g. "pdfjs-dist". */
  readonly name: string;
  /** What to install, e.g. "pdfjs-dist@5.6.205": a version that runs on every supported Node. */
  readonly install: string;
  /** The feature that needs it, e.g. { zh: "读取 PDF", en: "reading PDF" }. */
  readonly feature: Message;
}

/** The code of an {@link OptionalModuleError}. */
export const MODULE_MISSING = "MODULE-MISSING";

/** "读取 PDF 需要安装 pdfjs-dist：npm i pdfjs-dist@5.6.205" and its English twin. */
export function missingModuleMessage(mod: OptionalModule): Message {
  // A space between Latin and Chinese: "读取 PDF 需要安装", "写出 Word 文件需要安装".
  const gap = /[A-Za-z0-9]$/.test(mod.feature.zh) ? " " : "";
  return message(
    `${mod.feature.zh}${gap}需要安装 ${mod.name}：npm i ${mod.install}`,
    `${mod.feature.en} needs ${mod.name}: npm i ${mod.install}`,
  );
}

/** A feature was used without its optional module installed. */
export class OptionalModuleError extends Error {
  readonly code = MODULE_MISSING;
  readonly bilingual: Message;
  readonly module: string;
  constructor(mod: OptionalModule, cause?: unknown) {
    const bilingual = missingModuleMessage(mod);
    super(`${bilingual.zh} / ${bilingual.en}`, { cause });
    this.name = "OptionalModuleError";
    this.bilingual = bilingual;
    this.module = mod.name;
  }
}

/** Whether `e` is an {@link OptionalModuleError} (also one thrown by another copy of this package). */
export function isOptionalModuleError(e: unknown): e is OptionalModuleError {
  return (
    e instanceof Error &&
    (e as { code?: unknown }).code === MODULE_MISSING &&
    typeof (e as { bilingual?: unknown }).bilingual === "object"
  );
}

/**
 * Whether `e` is Node's failure to find the package `name` itself — not a file inside an
 * installed package, nor a dependency of it, which are other faults. A loader that wraps
 * Node's error in its own (a test runner's module mocker) keeps it as the `cause`.
 */
export function isPackageNotFound(e: unknown, name: string): boolean {
  let x = e;
  for (let depth = 0; x instanceof Error && depth < 4; x = x.cause, depth++) {
    if (isLoaderNotFound(x, name)) return true;
  }
  return false;
}

function isLoaderNotFound(e: Error, name: string): boolean {
  const code = (e as { code?: unknown }).code;
  if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") return false;
  // "Cannot find package 'docx' imported from …", "Cannot find module 'docx'" (require);
  // a file missing inside an installed package is quoted as its path.
  const specifier = /'([^']+)'/.exec(e.message)?.[1];
  return specifier !== undefined && packageOf(specifier) === name;
}

/** The package a bare specifier names: "pdfjs-dist/legacy/build/pdf.mjs" → "pdfjs-dist", "@s/n/x" → "@s/n". */
function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return parts.slice(0, specifier.startsWith("@") ? 2 : 1).join("/");
}

/**
 * Loads an optional module through `load`, a literal `() => import("…")` so that bundlers
 * still see the import. When the package is not installed, rejects with an
 * {@link OptionalModuleError} naming what to install; any other failure is passed on as it is.
 *
 * @example
 * const PDF = { name: "pdfjs-dist", install: "pdfjs-dist@5.6.205", feature: { zh: "读取 PDF", en: "reading PDF" } };
 * const pdfjs = await loadOptional(PDF, () => import("pdfjs-dist/legacy/build/pdf.mjs"));
 * // without pdfjs-dist: OptionalModuleError
 * //   "读取 PDF 需要安装 pdfjs-dist：npm i pdfjs-dist@5.6.205 / reading PDF needs pdfjs-dist: npm i pdfjs-dist@5.6.205"
 */
export async function loadOptional<T>(mod: OptionalModule, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (isPackageNotFound(e, mod.name)) throw new OptionalModuleError(mod, e);
    throw e;
  }
}
