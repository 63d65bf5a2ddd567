/**
 * Bytes ↔ text for catalog files as offices keep them: UTF-8 (with or without BOM), UTF-16
 * (Excel's "Unicode text"), and GBK / GB18030 (Excel and WPS on Chinese Windows).
 */

/** The encodings `decodeCatalogBytes` recognises. */
export type DetectedEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

/**
 * Decode a file's bytes: a BOM decides; otherwise UTF-8 if the bytes are valid UTF-8, else
 * GB18030 (a superset of GBK). The BOM is stripped.
 *
 * @example
 * decodeCatalogBytes(new Uint8Array([0xb9, 0xab, 0xbf, 0xaa])); //=> { text: "公开", encoding: "gb18030" }
 */
export function decodeCatalogBytes(bytes: Uint8Array): { text: string; encoding: DetectedEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
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
