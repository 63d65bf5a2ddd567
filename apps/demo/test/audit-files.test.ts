// The files given to the audit: report files kept, every other one listed with the reason,
// dropped folders walked to the bottom (readEntries in batches), a file that cannot be read
// out of a folder reported, never lost.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  REPORT_EXTENSIONS,
  filesOfEntries,
  filesOfInput,
  isReportFile,
  pickReportFiles,
} from "../src/audit/files.js";

const file = (name: string) => new File(["x"], name.split("/").at(-1) ?? name);

describe("isReportFile", () => {
  it("takes the published forms in any case, and nothing else", () => {
    for (const ext of REPORT_EXTENSIONS) {
      expect(isReportFile(`报告.${ext}`)).toBe(true);
      expect(isReportFile(`平潭/2022.${ext.toUpperCase()}`)).toBe(true);
    }
    for (const name of [
      "台账.xlsx",
      "照片.jpg",
      "报告.pdf.exe",
      "README",
      "2024年报/",
      "a.txt/b",
      ".DS_Store",
    ])
      expect(isReportFile(name), name).toBe(false);
  });
});

describe("pickReportFiles", () => {
  const names = fc.array(
    fc.tuple(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(".pdf", ".HTML", ".txt", ".md", ".docx", ".xlsx", ".jpg", "", ".json"),
    ),
    { maxLength: 30 },
  );

  it("loses no file: each is either audited or left out with a bilingual reason", () => {
    fc.assert(
      fc.property(names, (parts) => {
        const given = parts.map(([base, ext]) => ({ name: base + ext, file: file(base + ext) }));
        const { accepted, skipped } = pickReportFiles(given);
        expect([...accepted.map((f) => f.name), ...skipped.map((s) => s.name)].sort()).toEqual(
          given.map((f) => f.name).sort(),
        );
        for (const f of accepted) expect(isReportFile(f.name)).toBe(true);
        for (const s of skipped) {
          expect(isReportFile(s.name)).toBe(false);
          expect(s.reason.zh).toContain("不是年度报告的文件类型");
          expect(s.reason.en).toContain("not a report file type");
        }
      }),
    );
  });

  it("orders the reports by name (Chinese collation, numbers as numbers) and keeps earlier skips", () => {
    const given = ["平潭/2022.txt", "其他/洪泽.pdf", "平潭/2019.txt", "说明.xlsx"].map((name) => ({
      name,
      file: file(name),
    }));
    const earlier = { name: "坏文件.pdf", reason: { zh: "无法读取", en: "unreadable" } };
    const { accepted, skipped } = pickReportFiles(given, [earlier]);
    expect(accepted.map((f) => f.name)).toEqual(["平潭/2019.txt", "平潭/2022.txt", "其他/洪泽.pdf"]);
    expect(skipped.map((s) => s.name)).toEqual(["坏文件.pdf", "说明.xlsx"]);
  });
});

describe("filesOfInput", () => {
  it("names a folder's files by their path in it", () => {
    const inFolder = file("2022.txt");
    Object.defineProperty(inFolder, "webkitRelativePath", { value: "年报/平潭/2022.txt" });
    expect(filesOfInput([inFolder, file("单独.pdf")]).map((f) => f.name)).toEqual([
      "年报/平潭/2022.txt",
      "单独.pdf",
    ]);
  });
});

/** A dropped file or folder as the File and Directory Entries API gives it. */
function fileEntry(path: string, fail?: string): FileSystemEntry {
  const name = path.split("/").at(-1) ?? path;
  return {
    isFile: true,
    isDirectory: false,
    name,
    fullPath: `/${path}`,
    file: (ok: (f: File) => void, err: (e: Error) => void) =>
      queueMicrotask(() => (fail ? err(new Error(fail)) : ok(new File([path], name)))),
  } as unknown as FileSystemEntry;
}

function folderEntry(path: string, children: FileSystemEntry[], batch = 100, fail?: string): FileSystemEntry {
  return {
    isFile: false,
    isDirectory: true,
    name: path.split("/").at(-1) ?? path,
    fullPath: `/${path}`,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok: (e: FileSystemEntry[]) => void, err: (e: Error) => void) =>
          setTimeout(() => {
            if (fail) return err(new Error(fail));
            ok(children.slice(at, at + batch));
            at += batch;
          }),
      };
    },
  } as unknown as FileSystemEntry;
}

describe("filesOfEntries", () => {
  it("walks folders to the bottom, reading entries batch after batch until an empty one", async () => {
    const many = Array.from({ length: 250 }, (_, i) => fileEntry(`年报/乡镇/${i}.txt`));
    const dropped = [
      folderEntry("年报", [fileEntry("年报/县政府.pdf"), folderEntry("年报/乡镇", many, 100)]),
      fileEntry("单独.html"),
    ];
    const { files, skipped } = await filesOfEntries(dropped);
    expect(skipped).toEqual([]);
    expect(files).toHaveLength(252);
    expect(files.map((f) => f.name)).toContain("年报/乡镇/249.txt");
    expect(files[0]).toMatchObject({ name: "年报/县政府.pdf" });
    expect(files.at(-1)?.name).toBe("单独.html");
    expect(await files.at(-1)?.file.text()).toBe("单独.html");
  });

  it("reports a file or a folder that cannot be read, with its path and the reason, and goes on", async () => {
    const { files, skipped } = await filesOfEntries([
      folderEntry("甲", [fileEntry("甲/a.txt", "NotReadableError"), fileEntry("甲/b.txt")]),
      folderEntry("乙", [], 100, "SecurityError"),
    ]);
    expect(files.map((f) => f.name)).toEqual(["甲/b.txt"]);
    expect(skipped.map((s) => s.name)).toEqual(["甲/a.txt", "乙"]);
    expect(skipped[0]!.reason.zh).toContain("NotReadableError");
    expect(skipped[1]!.reason.en).toContain("SecurityError");
  });
});
