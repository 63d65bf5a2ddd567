// The central directory of a zip archive (.docx, .xlsx): the entries an archive says it
// holds, where their data starts and how large it says they are. Readers such as exceljs
// (JSZip) go by the central directory, so limits are checked against the same entries.
// Local file headers are only used to find where an entry's data begins.
import { type Message, message } from "./issues.js";

/** One entry of a zip archive, as its central directory records it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflate; others are not read. */
  readonly method: number;
  /** Bit 0: the entry is encrypted. */
  readonly flags: number;
  /** Size of the entry's data in the archive. */
  readonly compressedSize: number;
  /** Size the archive declares for the entry once inflated (not trusted: counted while inflating). */
  readonly declaredSize: number;
  /** Offset of the entry's local file header. */
  readonly headerOffset: number;
}

/** An archive whose structure cannot be read; `reason` says why. */
export class ZipStructureError extends Error {
  constructor(readonly reason: Message) {
    super(reason.en);
    this.name = "ZipStructureError";
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

/** The byte at `at`, 0 past the end (as a bitwise read of a missing byte gives). */
const byte = (b: Uint8Array, at: number) => b[at] ?? 0;
const u16 = (b: Uint8Array, at: number) => byte(b, at) | (byte(b, at + 1) << 8);
const u32 = (b: Uint8Array, at: number) =>
  (byte(b, at) | (byte(b, at + 1) << 8) | (byte(b, at + 2) << 16) | (byte(b, at + 3) << 24)) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32;

function need(ok: boolean, zh: string, en: string): void {
  if (!ok) throw new ZipStructureError(message(zh, en));
}

/** Where the end-of-central-directory record is: within the last 64 KiB + 22 bytes. */
function findEndRecord(data: Uint8Array): number {
  const last = data.length - 22;
  for (let at = last; at >= 0 && at >= last - U16_MAX; at--) {
    if (u32(data, at) === EOCD) return at;
  }
  throw new ZipStructureError(message("没有找到中央目录结尾记录", "no end of central directory record"));
}

/** The entry count and where the central directory is (zip64 records when the classic fields overflow). */
function directoryBounds(data: Uint8Array): { count: number; offset: number; size: number; end: number } {
  const end = findEndRecord(data);
  let count = u16(data, end + 10);
  let size = u32(data, end + 12);
  let offset = u32(data, end + 16);
  if (count === U16_MAX || size === U32_MAX || offset === U32_MAX) {
    const locator = end - 20;
    need(
      locator >= 0 && u32(data, locator) === ZIP64_LOCATOR,
      "缺少 zip64 定位记录",
      "zip64 locator missing",
    );
    const record = u64(data, locator + 8);
    need(
      record + 56 <= data.length && u32(data, record) === ZIP64_EOCD,
      "缺少 zip64 结尾记录",
      "zip64 end record missing",
    );
    count = u64(data, record + 32);
    size = u64(data, record + 40);
    offset = u64(data, record + 48);
  }
  return { count, offset, size, end };
}

/** Sizes and offset from a zip64 extra field, for the fields the entry set to 0xFFFFFFFF. */
function zip64Fields(
  data: Uint8Array,
  from: number,
  to: number,
  fields: readonly [number, number, number],
): [number, number, number] {
  const out: [number, number, number] = [...fields];
  for (let at = from; at + 4 <= to; ) {
    const id = u16(data, at);
    const len = u16(data, at + 2);
    if (id === 1) {
      let p = at + 4;
      for (let k = 0; k < out.length; k++) {
        if (out[k] !== U32_MAX) continue;
        need(p + 8 <= at + 4 + len, "zip64 扩展字段过短", "zip64 extra field too short");
        out[k] = u64(data, p);
        p += 8;
      }
      return out;
    }
    at += 4 + len;
  }
  need(!out.includes(U32_MAX), "缺少 zip64 大小字段", "zip64 sizes missing");
  return out;
}

function entryName(bytes: Uint8Array, utf8: boolean): string {
  return new TextDecoder(utf8 ? "utf-8" : "latin1").decode(bytes);
}

/**
 * How many entries the archive says it holds, read from its end record only (cheap: checked
 * before anything is walked or inflated).
 */
export function zipEntryCount(data: Uint8Array): number {
  return directoryBounds(data).count;
}

/**
 * The entries of a zip archive's central directory, in order. Throws a
 * {@link ZipStructureError} when the archive's structure cannot be read.
 */
export function zipEntries(data: Uint8Array): ZipEntry[] {
  const { count, offset, size, end } = directoryBounds(data);
  // Bytes before the archive (a self-extracting stub) shift every offset, as JSZip allows.
  const shift = u32(data, offset) === CENTRAL || count === 0 ? 0 : end - size - offset;
  const entries: ZipEntry[] = [];
  let at = offset + shift;
  for (let i = 0; i < count; i++) {
    need(
      at + 46 <= data.length && u32(data, at) === CENTRAL,
      `没有找到中央目录第 ${i + 1} 项`,
      `central directory entry ${i + 1} not found`,
    );
    const nameLength = u16(data, at + 28);
    const extraEnd = at + 46 + nameLength + u16(data, at + 30);
    need(
      extraEnd <= data.length,
      `中央目录第 ${i + 1} 项不完整`,
      `central directory entry ${i + 1} is cut off`,
    );
    const [declaredSize, compressedSize, headerOffset] = zip64Fields(data, at + 46 + nameLength, extraEnd, [
      u32(data, at + 24),
      u32(data, at + 20),
      u32(data, at + 42),
    ]);
    const flags = u16(data, at + 8);
    entries.push({
      name: entryName(data.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0),
      method: u16(data, at + 10),
      flags,
      compressedSize,
      declaredSize,
      headerOffset: headerOffset + shift,
    });
    at = extraEnd + u16(data, at + 32);
  }
  return entries;
}

/** The entry's data in the archive (after its local file header), as the central directory sizes it. */
export function zipEntryData(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.headerOffset;
  need(
    at + 30 <= data.length && u32(data, at) === LOCAL,
    `没有找到 ${entry.name} 的本地文件头`,
    `local header of ${entry.name} not found`,
  );
  const start = at + 30 + u16(data, at + 26) + u16(data, at + 28);
  need(start + entry.compressedSize <= data.length, `${entry.name} 的数据不完整`, `${entry.name} is cut off`);
  return data.subarray(start, start + entry.compressedSize);
}
