/**
 * Bytes ↔ text for catalog files as offices keep them: UTF-8 (with or without BOM), UTF-16
 * (Excel's "Unicode text"), and GBK / GB18030 (Excel and WPS on Chinese Windows).
 */
import { decodeText, type Issue } from "@disclosure/schema";
import { fileAt, issueAt } from "../issue.js";

/** The encodings `decodeCatalogBytes` recognises. */
export type DetectedEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

/**
 * Decode a file's bytes as every reader of the toolkit does (`decodeText` of
 * @disclosure/schema): a BOM decides; else UTF-16 told by its NUL bytes; else UTF-8 if the bytes
 * are valid UTF-8, else GB18030 (a superset of GBK). The BOM is stripped, NULs removed.
 *
 * @example
 * decodeCatalogBytes(new Uint8Array([0xb9, 0xab, 0xbf, 0xaa])); //=> { text: "公开", encoding: "gb18030" }
 */
export function decodeCatalogBytes(bytes: Uint8Array): { text: string; encoding: DetectedEncoding } {
  const d = decodeText(bytes, { html: false });
  const encoding = (d.encoding === "utf-8" && d.bom ? "utf-8-bom" : d.encoding) as DetectedEncoding;
  return { text: d.text, encoding };
}

/**
 * A catalog or register CSV's text, bytes decoded by `decodeText` of @disclosure/schema, with
 * its warnings (undecodable bytes, NUL and control characters) as catalog issues
 * located by file and row.
 */
export function csvInput(input: Uint8Array | string, file?: string): { text: string; issues: Issue[] } {
  const d = decodeText(input, { html: false, ...(file ? { file } : {}) });
  // GBK is how offices' Excel saves these files: not worth a warning; the rest are.
  const issues = d.warnings
    .filter((w) => w.code !== "ENCODING-GB18030")
    .map((w) => issueAt(w.code, "warning", w.location ?? fileAt(file), w.message));
  return { text: d.text, issues };
}

let gbkTable: Map<string, number> | undefined;

/** Character → two-byte GBK code, built once from the platform's own GBK decoder. */
function gbkEncodeTable(): Map<string, number> {
  if (gbkTable) return gbkTable;
  const table = new Map<string, number>();
  const decoder = new TextDecoder("gbk");
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const ch = decoder.decode(pair);
      if (ch.length === 1 && ch !== "\ufffd" && !table.has(ch)) table.set(ch, (lead << 8) | trail);
    }
  }
  gbkTable = table;
  return table;
}

/**
 * Encode text as GBK (what Excel and WPS on Chinese Windows read without a BOM). Characters
 * GBK cannot hold become "?" and are listed in `unmappable`.
 *
 * @example
 * encodeGbk("盐池县").bytes; //=> Uint8Array [0xd1, 0xce, 0xb3, 0xd8, 0xcf, 0xd8]
 */
export function encodeGbk(text: string): { bytes: Uint8Array; unmappable: string[] } {
  const table = gbkEncodeTable();
  const out = new Uint8Array(text.length * 2);
  const unmappable: string[] = [];
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) {
      out[n++] = cp;
      continue;
    }
    const code = table.get(ch);
    if (code === undefined) {
      unmappable.push(ch);
      out[n++] = 0x3f;
    } else {
      out[n++] = code >> 8;
      out[n++] = code & 0xff;
    }
  }
  return { bytes: out.slice(0, n), unmappable };
}
