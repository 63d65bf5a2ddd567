// The keys of an application line as the JSON Lines scanner (jsonl-scan.ts) knows them: one
// bit each (to tell a key given twice), its bytes, and the key a line's bytes start, told by
// its first byte or two (the scanner then checks every byte of it).
const encoder = new TextEncoder();

export const K_TYPE = 1;
export const K_ID = 2;
export const K_UNIT = 4;
export const K_RECEIVED = 8;
export const K_APPLICANT = 16;
export const K_RESULT = 32;
export const K_COMPLETED = 64;
export const K_CHANNEL = 128;
export const K_SUBJECT = 256;
export const K_APPLICANT_ID = 512;
export const K_ON_THE_SPOT = 1024;
export const K_EXTENSION = 2048;
export const K_CORRECTION = 4096;
export const K_FEE = 8192;

/** An ASCII word as bytes. */
export const W = (s: string) => encoder.encode(s);
const W_TYPE = W("type");
const W_ID = W("id");
const W_UNIT = W("unit");
const W_RECEIVED = W("receivedDate");
const W_RESULT = W("result");
const W_APPLICANT = W("applicantType");
const W_APPLICANT_ID = W("applicantId");
const W_COMPLETED = W("completedDate");
const W_CORRECTION = W("correction");
const W_CHANNEL = W("channel");
const W_SUBJECT = W("subject");
const W_ON_THE_SPOT = W("onTheSpot");
const W_EXTENSION = W("extension");
const W_FEE = W("fee");
export const W_APPLICATION = W("application");

/** A key's bytes by its bit's position (`31 - Math.clz32(key)`). */
export const KEY_WORDS: readonly Uint8Array[] = [
  W_TYPE,
  W_ID,
  W_UNIT,
  W_RECEIVED,
  W_APPLICANT,
  W_RESULT,
  W_COMPLETED,
  W_CHANNEL,
  W_SUBJECT,
  W_APPLICANT_ID,
  W_ON_THE_SPOT,
  W_EXTENSION,
  W_CORRECTION,
  W_FEE,
];

/** The key whose name starts at `b[i]` (after its opening quote), told by its first bytes; 0 for none. */
export function keyAt(b: Uint8Array, i: number): number {
  switch (b[i]) {
    case 116: // t
      return K_TYPE;
    case 105: // i
      return K_ID;
    case 117: // u
      return K_UNIT;
    case 114: // r: receivedDate / result
      return b[i + 2] === 99 ? K_RECEIVED : K_RESULT;
    case 97: // a: applicantType / applicantId
      return b[i + 9] === 84 ? K_APPLICANT : K_APPLICANT_ID;
    case 99: // c: completedDate / correction / channel
      if (b[i + 1] === 104) return K_CHANNEL;
      return b[i + 2] === 109 ? K_COMPLETED : K_CORRECTION;
    case 115: // s
      return K_SUBJECT;
    case 111: // o
      return K_ON_THE_SPOT;
    case 101: // e
      return K_EXTENSION;
    case 102: // f
      return K_FEE;
    default:
      return 0;
  }
}
