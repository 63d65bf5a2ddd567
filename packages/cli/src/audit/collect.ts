// The published reports under the paths given: files as named, folders searched through.
import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join } from "node:path";

/** The kinds of file a published report comes as. */
export const REPORT_EXTENSIONS: readonly string[] = [".pdf", ".html", ".htm", ".txt", ".md", ".docx"];

/** What was found: report files (each once, sorted), and paths that do not exist. */
export interface Collected {
  readonly files: string[];
  readonly missing: string[];
}

const isReport = (name: string) => REPORT_EXTENSIONS.includes(extname(name).toLowerCase());

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && isReport(e.name) && !e.name.startsWith("~$"))
    .map((e) => join(e.parentPath ?? (e as { path?: string }).path ?? dir, e.name));
}

/**
 * Every report file under `paths`: a file given by name is taken whatever its extension; a
 * folder is searched recursively for .pdf, .html, .htm, .txt, .md and .docx (Word's `~$`
 * lock files left out). A file reached twice (named twice, or through two paths) is taken once.
 */
export async function collectReportFiles(paths: readonly string[]): Promise<Collected> {
  const found: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => undefined);
    if (!s) missing.push(p);
    else if (s.isDirectory()) found.push(...(await filesUnder(p)));
    else found.push(p);
  }
  const seen = new Set<string>();
  const files: string[] = [];
  for (const f of found.sort((a, b) => a.localeCompare(b, "zh-CN"))) {
    const real = await realpath(f).catch(() => f);
    if (seen.has(real)) continue;
    seen.add(real);
    files.push(f);
  }
  return { files, missing };
}
