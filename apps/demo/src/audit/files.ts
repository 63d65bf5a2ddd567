// The files given to the audit: picked (several, or a folder) or dropped (files and folders,
// walked with the File and Directory Entries API). Report files are kept; every other file,
// and every one that cannot be read out of its folder, is listed with the reason.
import type { Message } from "@disclosure/schema";

/** The published forms the audit reads. */
export const REPORT_EXTENSIONS = ["pdf", "html", "htm", "txt", "md", "docx"] as const;

/** A file with the name the audit shows: its path inside the folder given, else its name. */
export interface NamedFile {
  readonly name: string;
  readonly file: File;
}

/** A file left out of the audit, and why. */
export interface SkippedFile {
  readonly name: string;
  readonly reason: Message;
}

export interface PickedFiles {
  readonly accepted: NamedFile[];
  readonly skipped: SkippedFile[];
}

/** True when the name ends in one of {@link REPORT_EXTENSIONS} (any case). */
export function isReportFile(name: string): boolean {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
  return (REPORT_EXTENSIONS as readonly string[]).includes(ext);
}

const NOT_A_REPORT: Message = {
  zh: `不是年度报告的文件类型（${REPORT_EXTENSIONS.map((e) => `.${e}`).join(" ")}）`,
  en: `not a report file type (${REPORT_EXTENSIONS.map((e) => `.${e}`).join(" ")})`,
};

const collator = new Intl.Collator("zh-CN", { numeric: true });

/** Report files (in the order of their names) and the rest with the reason; none is lost. */
export function pickReportFiles(
  files: readonly NamedFile[],
  skipped: readonly SkippedFile[] = [],
): PickedFiles {
  const accepted = files.filter((f) => isReportFile(f.name)).sort((a, b) => collator.compare(a.name, b.name));
  const others = files
    .filter((f) => !isReportFile(f.name))
    .map((f) => ({ name: f.name, reason: NOT_A_REPORT }));
  return { accepted, skipped: [...skipped, ...others] };
}

/** The files of an `<input type=file>` (several, or a folder's with `webkitdirectory`). */
export function filesOfInput(list: FileList | readonly File[]): NamedFile[] {
  return Array.from(list, (file) => ({ name: file.webkitRelativePath || file.name, file }));
}

/** The path of an entry inside what was dropped (without the leading slash). */
const entryName = (e: FileSystemEntry) => (e.fullPath || e.name).replace(/^\/+/, "");

const why = (e: unknown) => (e instanceof Error ? e.message : String(e));

function fileOfEntry(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Every entry of a folder: `readEntries` gives them in batches until an empty one. */
async function folderEntries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** The files under dropped entries, folders walked to the bottom; what cannot be read is skipped with the reason. */
export async function filesOfEntries(
  entries: readonly FileSystemEntry[],
): Promise<{ files: NamedFile[]; skipped: SkippedFile[] }> {
  const files: NamedFile[] = [];
  const skipped: SkippedFile[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    try {
      if (entry.isFile)
        files.push({ name: entryName(entry), file: await fileOfEntry(entry as FileSystemFileEntry) });
      else if (entry.isDirectory) {
        for (const child of await folderEntries(entry as FileSystemDirectoryEntry)) await walk(child);
      }
    } catch (e) {
      skipped.push({
        name: entryName(entry),
        reason: {
          zh: `无法从拖入的内容中读取：${why(e)}`,
          en: `could not be read from what was dropped: ${why(e)}`,
        },
      });
    }
  };
  for (const entry of entries) await walk(entry);
  return { files, skipped };
}

/**
 * The files of a drop: folders walked through `webkitGetAsEntry`, plain files where the
 * browser gives no entry. The entries are taken before the first await, while the drop's
 * data can still be read.
 */
export async function filesOfDrop(
  data: DataTransfer,
): Promise<{ files: NamedFile[]; skipped: SkippedFile[] }> {
  const entries: FileSystemEntry[] = [];
  const plain: File[] = [];
  for (const item of Array.from(data.items ?? [])) {
    if (item.kind !== "file") continue;
    const entry = item.webkitGetAsEntry?.();
    const file = entry ? null : item.getAsFile();
    if (entry) entries.push(entry);
    else if (file) plain.push(file);
  }
  if (!data.items?.length) plain.push(...Array.from(data.files));
  const walked = await filesOfEntries(entries);
  return { files: [...walked.files, ...filesOfInput(plain)], skipped: walked.skipped };
}
