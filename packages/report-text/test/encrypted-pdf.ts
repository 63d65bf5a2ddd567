// A PDF's objects encrypted with the standard security handler (PDF 32000-1 §7.6.3–7.6.4) and
// the empty user password, as files "protected" for their permissions only are: RC4 of 40 or
// 128 bits (revision 2 or 3) or AES-128 (revision 4, /AESV2). Written from the standard, apart
// from the reader's own code: pdfjs-dist reading the result is what checks both.
import { createCipheriv, createHash, randomBytes } from "node:crypto";

/** The kinds of encryption written. */
export type Encryption = "rc4-40" | "rc4-128" | "aes-128";

const PADDING = Buffer.from("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a", "hex");
const md5 = (...parts: Uint8Array[]) => {
  const h = createHash("md5");
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};
const latin1 = (b: Uint8Array) => Buffer.from(b).toString("latin1");
const bytes = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + (s[i] as number) + (key[i % key.length] as number)) % 256;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
  }
  const out = new Uint8Array(data.length);
  let a = 0;
  let b = 0;
  for (let k = 0; k < data.length; k++) {
    a = (a + 1) % 256;
    b = (b + (s[a] as number)) % 256;
    [s[a], s[b]] = [s[b] as number, s[a] as number];
    out[k] = (data[k] as number) ^ (s[((s[a] as number) + (s[b] as number)) % 256] as number);
  }
  return out;
}

/** The parameters of each kind: version, revision, key bits. */
const KINDS: Record<Encryption, { v: number; r: number; bits: number }> = {
  "rc4-40": { v: 1, r: 2, bits: 40 },
  "rc4-128": { v: 2, r: 3, bits: 128 },
  "aes-128": { v: 4, r: 4, bits: 128 },
};

/**
 * The objects (1, 2 …) encrypted — every stream's data and every literal string outside
 * streams — with the /Encrypt dictionary appended as the last object; and the trailer entries
 * to add (/Encrypt, /ID).
 */
export function encryptObjects(
  objects: readonly string[],
  kind: Encryption,
): { objects: string[]; trailer: string } {
  const { v, r, bits } = KINDS[kind];
  const aes = kind === "aes-128";
  const id = randomBytes(16);
  const owner = randomBytes(32);
  const p = -4;
  const flags = Uint8Array.of(p & 0xff, (p >> 8) & 0xff, (p >> 16) & 0xff, (p >>> 24) & 0xff);
  let hash = md5(PADDING, owner, flags, id);
  const n = bits / 8;
  if (r >= 3) for (let k = 0; k < 50; k++) hash = md5(hash.subarray(0, n));
  const key = hash.subarray(0, n);
  let user: Uint8Array;
  if (r >= 3) {
    let check = rc4(key, md5(PADDING, id));
    for (let k = 1; k <= 19; k++)
      check = rc4(
        key.map((b) => b ^ k),
        check,
      );
    user = new Uint8Array(32);
    user.set(check);
  } else {
    user = rc4(key, PADDING);
  }
  const objectKey = (num: number) => {
    const salt = aes ? bytes("sAlT") : new Uint8Array(0);
    return md5(key, Uint8Array.of(num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, 0, 0), salt).subarray(
      0,
      Math.min(n + 5, 16),
    );
  };
  const encrypt = (num: number, data: Uint8Array): Uint8Array => {
    if (!aes) return rc4(objectKey(num), data);
    const iv = randomBytes(16);
    const c = createCipheriv("aes-128-cbc", objectKey(num), iv);
    return new Uint8Array(Buffer.concat([iv, c.update(data), c.final()]));
  };
  const out = objects.map((body, k) => {
    const m = /^([\s\S]*?)\/Length (\d+) >>\nstream\n([\s\S]*)\nendstream$/.exec(body);
    const strings = (text: string) =>
      text.replace(
        /\(([^()\\]*)\)/g,
        (_, s: string) => `<${Buffer.from(encrypt(k + 1, bytes(s))).toString("hex")}>`,
      );
    if (!m) return strings(body);
    const data = latin1(encrypt(k + 1, bytes(m[3] ?? "")));
    return `${strings(m[1] ?? "")}/Length ${data.length} >>\nstream\n${data}\nendstream`;
  });
  const cf = aes
    ? " /CF << /StdCF << /CFM /AESV2 /Length 16 /AuthEvent /DocOpen >> >> /StmF /StdCF /StrF /StdCF"
    : "";
  const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
  out.push(
    `<< /Filter /Standard /V ${v} /R ${r} /Length ${bits}${cf} /O <${hex(owner)}> /U <${hex(user)}> /P ${p} >>`,
  );
  return { objects: out, trailer: ` /Encrypt ${out.length} 0 R /ID [<${hex(id)}> <${hex(id)}>]` };
}
