// Any file a unit sends in → what it is and what it holds: the router of the 汇总 step.
import { decodeText } from "@disclosure/schema";
import { looksLikeRecords } from "@disclosure/stats";
import { bytesDigest, fileTypeOf, unitFromFileName } from "./file-name.js";
import { fileError } from "./issues.js";
import type { ReadSubmissionOptions, Submission } from "./model.js";
import { readPublishedFile } from "./read-published.js";
import { readRecordsSubmission } from "./read-records.js";
import { readTablesFile } from "./read-tables.js";

/**
 * Reads one submitted file, whatever it is: the Excel fill-in form, a report or cells as
 * JSON, cells as JSON Lines or CSV, raw records or an application ledger (JSON Lines, CSV,
 * Excel), a published report or a filled Word form (HTML, text, PDF, .docx). Returns its
 * kind, the unit (from the content — the form's unit cell, the report's agency — else from
 * `options.unit`, else the file name), the year and format, the unit's report, the counts of accepted and
 * rejected lines or cells, and every issue located. Never throws on bad input: a file that
 * cannot be used is kind "unreadable" with the reason. A year is taken from the file where
 * it states one (even if `options.year` differs); cells, records and ledgers, which state
 * none, are read for `options.year` (without it: `needsYear`). Heavy modules (exceljs,
 * pdfjs-dist) load on first use.
 * @example
 * const s = await readSubmission("花马池镇.xlsx", bytes, { year: 2024 });
 * s.kind; //=> "form"
 * s.unit; //=> { name: "花马池镇人民政府", level: "township", from: "content" }
 */
export async function readSubmission(
  name: string,
  bytes: Uint8Array,
  options: ReadSubmissionOptions = {},
): Promise<Submission> {
  const fileType = fileTypeOf(name, bytes);
  const base = {
    file: name,
    fileType,
    digest: bytesDigest(bytes),
    unit: givenUnit(options) ?? { name: unitFromFileName(name), from: "file-name" as const },
  };
  if (bytes.length === 0) {
    const empty = fileError(name, "FILE-EMPTY", { zh: "文件为空", en: "the file is empty" });
    return { ...base, kind: "unreadable", issues: [empty], warnings: [] };
  }
  try {
    return await route(bytes, base, options);
  } catch (e) {
    // An optional module missing, a reader's fault: the file is a row with the reason.
    const bilingual = (e as { bilingual?: { zh: string; en: string } }).bilingual;
    const why = e instanceof Error ? e.message : String(e);
    const issue = fileError(
      name,
      "SUBMISSION-UNREADABLE",
      bilingual ?? { zh: `无法读取：${why}`, en: `cannot be read: ${why}` },
    );
    return { ...base, kind: "unreadable", issues: [issue], warnings: [] };
  }
}

/** The unit given in the options, for files whose content names none. */
function givenUnit(options: ReadSubmissionOptions): Submission["unit"] | undefined {
  const name = options.unit?.trim();
  return name ? { name, from: "option" } : undefined;
}

async function route(
  bytes: Uint8Array,
  base: Pick<Submission, "file" | "fileType" | "digest" | "unit">,
  options: ReadSubmissionOptions,
): Promise<Submission> {
  switch (base.fileType) {
    case "xlsx": {
      const form = await readTablesFile(bytes, base, options);
      const notAForm = form.issues.some((i) => i.code === "FORM-NOT-A-FORM");
      return notAForm ? readRecordsSubmission(bytes, base, options) : form;
    }
    case "csv":
    case "jsonl":
      return looksLikeRecords(decodeText(bytes.subarray(0, 4096)).text)
        ? readRecordsSubmission(bytes, base, options)
        : readTablesFile(bytes, base, options);
    case "json":
      return readTablesFile(bytes, base, options);
    default:
      return readPublishedFile(bytes, base, options);
  }
}
