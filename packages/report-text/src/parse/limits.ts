// What reading one document may cost: the archive of a .docx, the size and pages of a
// PDF, and how deeply the elements of an HTML page or a .docx part may nest (the
// element stack of htmlparser2 costs time in proportion to its depth at every tag).
import { DEFAULT_ZIP_LIMITS, type ZipLimits, type Issue } from "@disclosure/schema";
import { issue, type SourceLocation } from "./model.js";

/** Limits on reading one document; every one has a default ({@link DEFAULT_READ_LIMITS}). */
export interface ReadLimits {
  /** A .docx archive: entries, bytes an entry and in all, expansion ratio. */
  readonly zip: ZipLimits;
  /** Bytes of a PDF file. */
  readonly pdfBytes: number;
  /** Pages of a PDF. */
  readonly pdfPages: number;
  /** Elements nested in one another (HTML, a .docx part's XML). */
  readonly depth: number;
}

/** The .docx archive within {@link DEFAULT_ZIP_LIMITS}, PDFs up to 50 MB and 2,000 pages, 1,000 levels of nesting. */
export const DEFAULT_READ_LIMITS: ReadLimits = Object.freeze({
  zip: DEFAULT_ZIP_LIMITS,
  pdfBytes: 50 * 1024 * 1024,
  pdfPages: 2000,
  depth: 1000,
});

/** Limits as a caller may give them: any subset, the archive's too. */
export type ReadLimitsOption = Partial<Omit<ReadLimits, "zip">> & { readonly zip?: Partial<ZipLimits> };

/** The limits with defaults filled in. */
export function readLimits(given: ReadLimitsOption = {}): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...given, zip: { ...DEFAULT_ZIP_LIMITS, ...given.zip } };
}

/** An error issue: the elements nest deeper than the limit where `location` is; reading stopped there. */
export function tooDeep(limit: number, location: SourceLocation): Issue {
  return issue(
    "PARSE-TOO-DEEP",
    "error",
    {
      zh: `元素嵌套超过 ${limit} 层，无法读取（疑似恶意构造的文件）`,
      en: `elements are nested more than ${limit} levels deep; the document cannot be read (a crafted file?)`,
    },
    location,
    limit,
  );
}
