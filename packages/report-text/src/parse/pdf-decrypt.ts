// The standard security handler (PDF 32000-1 §7.6.3–7.6.4) for the files most often encrypted
// without a password to open them — "permissions only": RC4 of 40 to 128 bits (/V 1, 2) and
// AES-128 (/V 4, /AESV2), revisions 2 to 4, with the empty user password. Keys and ciphers as
// pdfjs-dist derives and applies them (src/core/crypto.js `CipherTransformFactory`, Apache-2.0):
// the file key from the padding, /O, /P and the file's first /ID (MD5, 50 more rounds from
// revision 3), checked against /U; each stream's key from the file key and its object number
// and generation ("sAlT" added for AES). Only streams are decrypted: the reader takes no text
// from strings outside the content. MD5 and AES come from node:crypto; where there is none (a
// browser) or anything else is asked for (AES-256, another handler, a password), PdfUnsupported.
import { PdfName, type PdfDict, PdfUnsupported, type PdfValue } from "./pdf-lexer.js";
import { bytesOf, concatBytes } from "./pdf-syntax.js";
import { nodeBuiltin } from "./node-builtin.js";

/** The part of node:crypto used here. */
interface NodeCrypto {
  createHash(algorithm: "md5"): { update(data: Uint8Array): { digest(): Uint8Array } };
  createDecipheriv(
    algorithm: "aes-128-cbc",
    key: Uint8Array,
    iv: Uint8Array,
  ): { update(data: Uint8Array): Uint8Array; final(): Uint8Array };
}

function nodeCrypto(): NodeCrypto {
  const c = nodeBuiltin<NodeCrypto>("node:crypto");
  if (!c) throw new PdfUnsupported("an encrypted file where no MD5 and AES are at hand");
  return c;
}

/** The padding of PDF 32000-1 §7.6.3.3, the empty password. */
const PADDING = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e,
  0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

/** RC4 of `data` with `key`. */
export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    const t = s[i] as number;
    j = (j + t + (key[i % key.length] as number)) & 0xff;
    s[i] = s[j] as number;
    s[j] = t;
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    const t = s[i] as number;
    j = (j + t) & 0xff;
    s[i] = s[j] as number;
    s[j] = t;
    out[k] = (data[k] as number) ^ (s[(t + (s[i] as number)) & 0xff] as number);
  }
  return out;
}

/** How the streams of an encrypted file are decrypted. */
export interface StreamDecryption {
  /** A stream's raw bytes decrypted, for object `num` generation `gen`. */
  stream(raw: Uint8Array, num: number, gen: number): Uint8Array;
}

interface Handler {
  readonly algorithm: number;
  readonly revision: number;
  readonly keyBits: number;
  readonly aes: boolean;
  readonly identity: boolean;
  readonly encryptMetadata: boolean;
}

function int(v: PdfValue | undefined): number | undefined {
  return typeof v === "number" && Number.isInteger(v) ? v : undefined;
}

/** The crypt filter of /StmF for version 4: RC4 (/V2), AES-128 (/AESV2), or none (/Identity). */
function cryptFilter(dict: PdfDict, resolve: (v: PdfValue | undefined) => PdfValue | undefined) {
  const stmf = resolve(dict.get("StmF"));
  const name = stmf instanceof PdfName ? stmf.name : "Identity";
  if (name === "Identity") return { aes: false, identity: true, bits: 128 };
  const cf = resolve(dict.get("CF"));
  const filter = cf instanceof Map ? resolve(cf.get(name)) : undefined;
  const cfm = filter instanceof Map ? resolve(filter.get("CFM")) : undefined;
  if (!(cfm instanceof PdfName) || (cfm.name !== "V2" && cfm.name !== "AESV2")) {
    throw new PdfUnsupported("a crypt filter other than RC4 or AES-128");
  }
  const length = filter instanceof Map ? int(resolve(filter.get("Length"))) : undefined;
  const bits = length === undefined ? 128 : length < 40 ? length << 3 : length;
  return { aes: cfm.name === "AESV2", identity: false, bits };
}

function handlerOf(dict: PdfDict, resolve: (v: PdfValue | undefined) => PdfValue | undefined): Handler {
  const filter = resolve(dict.get("Filter"));
  if (!(filter instanceof PdfName) || filter.name !== "Standard")
    throw new PdfUnsupported("an encryption handler other than Standard");
  const algorithm = int(resolve(dict.get("V")));
  const revision = int(resolve(dict.get("R")));
  if (
    (algorithm !== 1 && algorithm !== 2 && algorithm !== 4) ||
    revision === undefined ||
    revision < 2 ||
    revision > 4
  ) {
    throw new PdfUnsupported("an encryption other than RC4 or AES-128");
  }
  const v4 = algorithm === 4 ? cryptFilter(dict, resolve) : undefined;
  const keyBits = int(resolve(dict.get("Length"))) ?? v4?.bits ?? 40;
  if (keyBits < 40 || keyBits % 8 !== 0 || keyBits > 128)
    throw new PdfUnsupported("an encryption key of another length");
  return {
    algorithm,
    revision,
    keyBits,
    aes: v4?.aes ?? false,
    identity: v4?.identity ?? false,
    encryptMetadata: algorithm === 4 && resolve(dict.get("EncryptMetadata")) !== false,
  };
}

/** The file key for the empty user password, checked against /U; PdfUnsupported where a password is needed. */
function fileKey(
  crypto: NodeCrypto,
  h: Handler,
  dict: PdfDict,
  fileId: Uint8Array,
  resolve: (v: PdfValue | undefined) => PdfValue | undefined,
): Uint8Array {
  const o = resolve(dict.get("O"));
  const u = resolve(dict.get("U"));
  const p = int(resolve(dict.get("P")));
  if (typeof o !== "string" || typeof u !== "string" || p === undefined)
    throw new PdfUnsupported("an encryption dictionary without /O, /U or /P");
  const owner = bytesOf(o).subarray(0, 32);
  const user = bytesOf(u).subarray(0, 32);
  const md5 = (data: Uint8Array) => new Uint8Array(crypto.createHash("md5").update(data).digest());
  const flags = Uint8Array.of(p & 0xff, (p >> 8) & 0xff, (p >> 16) & 0xff, (p >>> 24) & 0xff);
  const tail =
    h.revision >= 4 && !h.encryptMetadata ? Uint8Array.of(0xff, 0xff, 0xff, 0xff) : new Uint8Array(0);
  let hash = md5(concatBytes([PADDING, owner, flags, fileId, tail]));
  const n = h.keyBits >> 3;
  if (h.revision >= 3) for (let j = 0; j < 50; j++) hash = md5(hash.subarray(0, n));
  const key = hash.subarray(0, n);
  let check: Uint8Array;
  if (h.revision >= 3) {
    check = rc4(key, md5(concatBytes([PADDING, fileId])));
    for (let j = 1; j <= 19; j++)
      check = rc4(
        key.map((b) => b ^ j),
        check,
      );
  } else {
    check = rc4(key, PADDING);
  }
  if (!check.every((b, k) => user[k] === b))
    throw new PdfUnsupported("an encrypted file that needs a password");
  if (h.algorithm === 4 && key.length < 16) {
    const padded = new Uint8Array(16);
    padded.set(key);
    return padded;
  }
  return key;
}

/**
 * How to decrypt the streams of a file encrypted by the standard handler, given its /Encrypt
 * dictionary and the first string of its /ID; PdfUnsupported for what is not followed.
 */
export function standardDecryption(
  dict: PdfDict,
  fileId: string,
  resolve: (v: PdfValue | undefined) => PdfValue | undefined,
): StreamDecryption {
  const crypto = nodeCrypto();
  const h = handlerOf(dict, resolve);
  const key = fileKey(crypto, h, dict, bytesOf(fileId), resolve);
  const objectKey = (num: number, gen: number) => {
    const salt = h.aes ? Uint8Array.of(0x73, 0x41, 0x6c, 0x54) : new Uint8Array(0);
    const id = Uint8Array.of(
      num & 0xff,
      (num >> 8) & 0xff,
      (num >> 16) & 0xff,
      gen & 0xff,
      (gen >> 8) & 0xff,
    );
    const hash = new Uint8Array(
      crypto
        .createHash("md5")
        .update(concatBytes([key, id, salt]))
        .digest(),
    );
    return hash.subarray(0, Math.min(key.length + 5, 16));
  };
  return {
    stream(raw, num, gen) {
      if (h.identity) return raw;
      if (!h.aes) return rc4(objectKey(num, gen), raw);
      if (raw.length < 32 || raw.length % 16 !== 0)
        throw new PdfUnsupported("an AES stream of partial blocks");
      try {
        const d = crypto.createDecipheriv("aes-128-cbc", objectKey(num, gen), raw.subarray(0, 16));
        return concatBytes([new Uint8Array(d.update(raw.subarray(16))), new Uint8Array(d.final())]);
      } catch {
        throw new PdfUnsupported("an AES stream whose padding is not plain");
      }
    },
  };
}
