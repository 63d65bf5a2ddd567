import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isOptionalModuleError,
  isPackageNotFound,
  loadOptional,
  MODULE_MISSING,
  missingModuleMessage,
  OptionalModuleError,
  type OptionalModule,
} from "./optional.js";

const PDF: OptionalModule = {
  name: "pdfjs-dist",
  install: "pdfjs-dist@5.6.205",
  feature: { zh: "读取 PDF", en: "reading PDF" },
};

/** A module that is not installed, imported through a variable so that Vite leaves it to Node. */
function importMissing(specifier: string) {
  return () => import(/* @vite-ignore */ specifier);
}

/** An error as Node's loader throws it. */
function loaderError(code: string, text: string): Error {
  return Object.assign(new Error(text), { code });
}

describe("missingModuleMessage", () => {
  it("names the feature, the package and the command, Chinese first", () => {
    expect(missingModuleMessage(PDF)).toEqual({
      zh: "读取 PDF 需要安装 pdfjs-dist：npm i pdfjs-dist@5.6.205",
      en: "reading PDF needs pdfjs-dist: npm i pdfjs-dist@5.6.205",
    });
    expect(
      missingModuleMessage({
        name: "docx",
        install: "docx@9.7.1",
        feature: { zh: "写出 Word 文件", en: "writing Word" },
      }).zh,
    ).toBe("写出 Word 文件需要安装 docx：npm i docx@9.7.1");
  });
});

describe("loadOptional", () => {
  it("gives the module when it is installed", async () => {
    const z = await loadOptional({ ...PDF, name: "zod" }, () => import("zod"));
    expect(typeof z.object).toBe("function");
  });

  it("rejects with the bilingual message when the package is not installed", async () => {
    const mod = { ...PDF, name: "no-such-package-of-disclosure", install: "no-such-package-of-disclosure@1" };
    const e = await loadOptional(
      mod,
      importMissing("no-such-package-of-disclosure/legacy/build/pdf.mjs"),
    ).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(OptionalModuleError);
    expect(isOptionalModuleError(e)).toBe(true);
    const err = e as OptionalModuleError;
    expect(err.code).toBe(MODULE_MISSING);
    expect(err.module).toBe("no-such-package-of-disclosure");
    expect(err.bilingual.zh).toBe(
      "读取 PDF 需要安装 no-such-package-of-disclosure：npm i no-such-package-of-disclosure@1",
    );
    expect(err.message).toBe(`${err.bilingual.zh} / ${err.bilingual.en}`);
    expect((err.cause as { code?: string }).code).toBe("ERR_MODULE_NOT_FOUND");
  });

  it("passes on an installed package's own missing dependency as it is", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclosure-optional-"));
    mkdirSync(join(dir, "node_modules", "fake-reader"), { recursive: true });
    writeFileSync(
      join(dir, "node_modules", "fake-reader", "package.json"),
      JSON.stringify({ name: "fake-reader", type: "module", main: "index.js" }),
    );
    writeFileSync(join(dir, "node_modules", "fake-reader", "index.js"), 'export * from "fake-dependency";\n');
    writeFileSync(join(dir, "entry.mjs"), 'export const load = () => import("fake-reader");\n');
    const { load } = await import(/* @vite-ignore */ pathToFileURL(join(dir, "entry.mjs")).href);
    const e = await loadOptional({ ...PDF, name: "fake-reader" }, load).catch((x: unknown) => x);
    expect(isOptionalModuleError(e)).toBe(false);
    expect((e as Error).message).toContain("fake-dependency");
  });

  it("passes on any other failure as it is", async () => {
    const boom = new Error("boom");
    await expect(loadOptional(PDF, () => Promise.reject(boom))).rejects.toBe(boom);
  });
});

describe("isPackageNotFound", () => {
  it("reads the loader's messages for the package itself (import and require)", () => {
    expect(
      isPackageNotFound(
        loaderError("ERR_MODULE_NOT_FOUND", "Cannot find package 'docx' imported from /a/b.js"),
        "docx",
      ),
    ).toBe(true);
    expect(
      isPackageNotFound(
        loaderError("MODULE_NOT_FOUND", "Cannot find module 'docx'\nRequire stack:\n- /a/b.cjs"),
        "docx",
      ),
    ).toBe(true);
    expect(
      isPackageNotFound(
        loaderError("ERR_MODULE_NOT_FOUND", "Cannot find package '@s/n/x.js' imported from /a"),
        "@s/n",
      ),
    ).toBe(true);
  });

  it("finds the loader's error inside an error that wraps it", () => {
    const node = loaderError("ERR_MODULE_NOT_FOUND", "Cannot find package 'docx' imported from /a/b.js");
    expect(
      isPackageNotFound(new Error("there was an error when mocking a module", { cause: node }), "docx"),
    ).toBe(true);
    expect(isPackageNotFound(new Error("wrapped", { cause: node }), "exceljs")).toBe(false);
  });

  it("does not take a file missing inside an installed package, or another error, for a missing package", () => {
    const inside =
      "Cannot find module '/app/node_modules/pdfjs-dist/legacy/build/pdf.mjs' imported from /a.js";
    expect(isPackageNotFound(loaderError("ERR_MODULE_NOT_FOUND", inside), "pdfjs-dist")).toBe(false);
    expect(isPackageNotFound(new Error("Cannot find package 'docx'"), "docx")).toBe(false);
    expect(isPackageNotFound("Cannot find package 'docx'", "docx")).toBe(false);
  });

  it("names one package only: a missing package is never another one (property)", () => {
    const segment = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,12}$/);
    const name = fc.oneof(
      segment,
      fc.tuple(segment, segment).map(([s, n]) => `@${s}/${n}`),
    );
    fc.assert(
      fc.property(name, name, fc.constantFrom("", "/legacy/build/pdf.mjs", "/x"), (a, b, sub) => {
        const e = loaderError(
          "ERR_MODULE_NOT_FOUND",
          `Cannot find package '${a}${sub}' imported from /app/x.js`,
        );
        expect(isPackageNotFound(e, b)).toBe(a === b);
      }),
    );
  });
});
