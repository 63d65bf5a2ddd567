// The JSON Lines application scanner of src/jsonl-scan.ts, in C for WebAssembly (SIMD128).
//
// It accepts exactly the lines `scanApplication` accepts, reads the same values and tallies
// them in the year buckets of `tallyApplication`; src/jsonl-scan.test.ts holds the two to that.
// It also keeps the record ids a tabulation has taken (see "Record ids" below): the ids of the
// lines it takes, claimed as it reads them, and those the caller's other paths read
// (src/record-ids.ts), so that a repeated id is rejected whichever path read it;
// src/record-ids.test.ts holds that to the ids' exact repeats, with forced hash collisions. Built by `npm run build:wasm` (clang + wasm-ld from Debian's clang and lld) into
// src/jsonl-scan-wasm.generated.ts, which carries this file's SHA-256 so a test sees a stale
// build; `node scripts/build-wasm.mjs --check` (a step of `npm test` where clang is installed)
// builds it again and compares the bytes with the committed ones.
//
// Bounds: the caller ends its bytes with a 0 byte followed by 64 more, and every loop here
// stops at a byte that can only end a line (line feed) or no line (0): neither is JSON
// whitespace, a digit, a key letter, a quote or a text byte. So the scanner reads no length
// and never reads past the padding.
//
// The enum words (applicant types, results, channels, fee bases) are not written here: the
// caller adds them from the schema's options with `add_word`.

#include <stdint.h>
#include <wasm_simd128.h>

typedef uint8_t u8;
typedef uint32_t u32;
typedef int32_t i32;

#define EXPORT(name) __attribute__((export_name(name)))
#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

// ---------------------------------------------------------------------------------------
// Enum words

enum { KIND_APPLICANT, KIND_RESULT, KIND_CHANNEL, KIND_BASIS, KINDS };
enum { MAX_WORDS = 64, MAX_WORD_BYTES = 48, SLOTS = 128, MAX_APPLICANTS = 16, MAX_RESULTS = 64 };

typedef struct {
  u8 len;
  u8 bytes[MAX_WORD_BYTES + 8];  // zero padded: compared eight bytes at a time
} Word;

static Word words[KINDS][MAX_WORDS];
static inline u32 slot_of(const u8* s, u32 n);
/** Open-addressed table per kind: slot → word index + 1, 0 when empty. */
static u8 slots[KINDS][SLOTS];
static u8 word_bytes_in[MAX_WORD_BYTES];

/** Where the caller writes a word's bytes before `add_word`. */
EXPORT("word_buffer") u8* word_buffer(void) { return word_bytes_in; }

/** Adds the word in `word_buffer()` (`len` bytes) as value `index` of `kind`; 0 when refused. */
EXPORT("add_word") i32 add_word(i32 kind, i32 index, i32 len) {
  i32 max = kind == KIND_APPLICANT ? MAX_APPLICANTS : kind == KIND_RESULT ? MAX_RESULTS : MAX_WORDS;
  if (kind < 0 || kind >= KINDS || index < 0 || index >= max || len <= 0 || len > MAX_WORD_BYTES) return 0;
  Word* w = &words[kind][index];
  w->len = (u8)len;
  for (i32 j = 0; j < len; j++) w->bytes[j] = word_bytes_in[j];
  u32 s = slot_of(w->bytes, (u32)len);
  while (slots[kind][s] != 0) s = (s + 1) & (SLOTS - 1);
  slots[kind][s] = (u8)(index + 1);
  return 1;
}

static inline uint64_t load64(const u8* p) {
  uint64_t v;
  __builtin_memcpy(&v, p, 8);
  return v;
}

/** Whether the n bytes at a and b are the same, eight at a time (both readable 8 bytes past n). */
static inline int same_bytes(const u8* a, const u8* b, u32 n) {
  u32 j = 0;
  for (; j + 8 <= n; j += 8)
    if (load64(a + j) != load64(b + j)) return 0;
  if (j == n) return 1;
  uint64_t mask = ~(uint64_t)0 >> (64 - 8 * (n - j));
  return ((load64(a + j) ^ load64(b + j)) & mask) == 0;
}

/** Bytes that end an enum word or a text: quote, backslash, control characters, non-ASCII. */
static inline u32 special_mask(v128_t v) {
  v128_t special = wasm_v128_or(wasm_v128_or(wasm_i8x16_eq(v, wasm_i8x16_splat('"')),
                                             wasm_i8x16_eq(v, wasm_i8x16_splat('\\'))),
                                // signed: the bytes 0..31 and 128..255
                                wasm_i8x16_lt(v, wasm_i8x16_splat(32)));
  return (u32)wasm_i8x16_bitmask(special);
}

static inline u32 slot_of(const u8* s, u32 n) { return (n * 31u + s[0] * 7u + s[n - 1] * 3u + s[n / 2]) & (SLOTS - 1); }

/**
 * The enum value quoted at `p` (p[0] is the opening quote) as its index in `kind`, with the
 * position after the closing quote in `*next`; -1 unless one of the kind's words. As the JS
 * `quotedWord` / `wordEnd`: ASCII only, no escape or control character.
 */
static i32 quoted_word(const u8* p, i32 kind, const u8** next) {
  if (p[0] != '"') return -1;
  const u8* s = p + 1;
  u32 n = 0;
  u32 mask;
  while ((mask = special_mask(wasm_v128_load(s + n))) == 0) {
    n += 16;
    if (n >= MAX_WORD_BYTES) return -1;
  }
  n += __builtin_ctz(mask);
  if (s[n] != '"' || n == 0 || n > MAX_WORD_BYTES) return -1;
  u32 slot = slot_of(s, n);
  for (;;) {
    u8 e = slots[kind][slot];
    if (e == 0) return -1;
    const Word* w = &words[kind][e - 1];
    if (w->len == n && same_bytes(w->bytes, s, n)) {
      *next = s + n + 1;
      return e - 1;
    }
    slot = (slot + 1) & (SLOTS - 1);
  }
}

// ---------------------------------------------------------------------------------------
// Tokens

static inline int is_ws(u8 c) { return c == ' ' || c == '\t' || c == '\r'; }

static inline const u8* skip_ws(const u8* p) {
  while (UNLIKELY(*p <= 32) && is_ws(*p)) p++;
  return p;
}

static const i32 DIGIT_BAD = -16;
static inline i32 digit(u8 c) { return (u8)(c - '0') <= 9 ? c - '0' : DIGIT_BAD; }

/** `YYYY-MM-DD` at p as YYYYMMDD, -1 unless a real date (as zod's z.iso.date()). */
static i32 date_at(const u8* p) {
  if (p[4] != '-' || p[7] != '-') return -1;
  i32 y0 = digit(p[0]), y1 = digit(p[1]), y2 = digit(p[2]), y3 = digit(p[3]);
  i32 m1 = digit(p[5]), m2 = digit(p[6]), d1 = digit(p[8]), d2 = digit(p[9]);
  if ((y0 | y1 | y2 | y3 | m1 | m2 | d1 | d2) < 0) return -1;
  i32 y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  i32 m = m1 * 10 + m2;
  i32 d = d1 * 10 + d2;
  if (m < 1 || m > 12 || d < 1) return -1;
  if (d > 28) {
    i32 dim = m == 2 ? (((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : 28)
              : (m == 4 || m == 6 || m == 9 || m == 11) ? 30
                                                       : 31;
    if (d > dim) return -1;
  }
  return y * 10000 + m * 100 + d;
}

/** A quoted date at p (it ends at p + 12): its YYYYMMDD, or -1. */
static inline i32 quoted_date(const u8* p) {
  if (p[0] != '"' || p[11] != '"') return -1;
  return date_at(p + 1);
}

static inline int cont(u8 c) { return (c & 0xc0) == 0x80; }

/**
 * The closing quote of a JSON string whose text starts at p, or 0 when the text holds an
 * escape, a control character, or bytes that are not well-formed UTF-8 (or U+FFFD itself).
 * Sixteen bytes at a time while they are plain ASCII; multi-byte characters one by one.
 */
static const u8* text_end(const u8* p) {
  for (;;) {
    u32 mask = special_mask(wasm_v128_load(p));
    if (mask == 0) {
      p += 16;
      continue;
    }
    p += __builtin_ctz(mask);
    // Multi-byte characters, while they last.
    for (;;) {
      u8 c = p[0];
      if (c < 0x80) break;
      if (c >= 0xe0 && c <= 0xef) {
        u8 c1 = p[1], c2 = p[2];
        if (!cont(c1) || !cont(c2)) return 0;
        if ((c == 0xe0 && c1 < 0xa0) || (c == 0xed && c1 > 0x9f)) return 0;
        if (c == 0xef && c1 == 0xbf && c2 == 0xbd) return 0;  // U+FFFD
        p += 3;
      } else if (c >= 0xc2 && c <= 0xdf) {
        if (!cont(p[1])) return 0;
        p += 2;
      } else if (c >= 0xf0 && c <= 0xf4) {
        u8 c1 = p[1];
        if (!cont(c1) || !cont(p[2]) || !cont(p[3])) return 0;
        if ((c == 0xf0 && c1 < 0x90) || (c == 0xf4 && c1 > 0x8f)) return 0;
        p += 4;
      } else {
        return 0;
      }
    }
    u8 c = p[0];
    if (c == '"') return p;
    if (c < 32 || c == '\\') return 0;
    // An ASCII byte after multi-byte characters: back to sixteen at a time.
  }
}

/** A JSON integer 0 <= n < 10^15 in plain digits at p: the position after it, or 0. */
static const u8* plain_int(const u8* p) {
  const u8* s = p;
  if (*p == '0')
    p++;
  else
    while ((u8)(*p - '0') <= 9) p++;
  if (p == s || p - s > 15) return 0;
  u8 c = *p;
  if (c == '.' || c == 'e' || c == 'E' || (u8)(c - '0') <= 9) return 0;
  return p;
}

/** Whether p holds the key `lit` and its closing quote (compared as one padded constant). */
#define KEY_IS(p, lit)                              \
  ({                                                \
    static const u8 key_[16] = lit "\"";           \
    same_bytes((p), key_, sizeof(lit));             \
  })

// ---------------------------------------------------------------------------------------
// Nested objects (extension, correction, fee)

enum { V_INT, V_DATE, V_DATE_OR_NULL, V_BASIS };
typedef struct {
  u8 name[16];  // the key and its closing quote, zero padded
  u32 len;      // without the quote
  u8 kind;
} Field;
#define FIELD(lit, kind) {lit "\"", sizeof(lit) - 1, kind}

static const Field EXTENSION_FIELDS[] = {FIELD("workingDays", V_INT), FIELD("approvedDate", V_DATE)};
static const Field CORRECTION_FIELDS[] = {FIELD("requestedDate", V_DATE),
                                          FIELD("receivedDate", V_DATE_OR_NULL)};
static const Field FEE_FIELDS[] = {FIELD("basis", V_BASIS), FIELD("pages", V_INT), FIELD("noticeDate", V_DATE),
                                   FIELD("amountYuan", V_INT), FIELD("paidDate", V_DATE_OR_NULL)};

/**
 * A nested object at p with only known fields of valid values, each at most once;
 * `required` = bit mask of the fields that must be present. The position after it, or 0.
 */
static const u8* nested_object(const u8* p, const Field* fields, u32 count, u32 required) {
  if (*p != '{') return 0;
  p = skip_ws(p + 1);
  u32 seen = 0;
  if (*p == '}') return required == 0 ? p + 1 : 0;
  for (;;) {
    if (*p != '"') return 0;
    i32 f = -1;
    for (u32 k = 0; k < count; k++) {
      if (same_bytes(p + 1, fields[k].name, fields[k].len + 1)) {
        f = (i32)k;
        break;
      }
    }
    if (f < 0 || (seen & (1u << f)) != 0) return 0;
    seen |= 1u << f;
    p = skip_ws(p + fields[f].len + 2);
    if (*p != ':') return 0;
    p = skip_ws(p + 1);
    switch (fields[f].kind) {
      case V_INT:
        p = plain_int(p);
        if (!p) return 0;
        break;
      case V_BASIS: {
        const u8* next;
        if (quoted_word(p, KIND_BASIS, &next) < 0) return 0;
        p = next;
        break;
      }
      case V_DATE_OR_NULL:
        if (*p == 'n') {
          if (p[1] != 'u' || p[2] != 'l' || p[3] != 'l') return 0;
          p += 4;
          break;
        }
        // fall through
      default:
        if (quoted_date(p) < 0) return 0;
        p += 12;
    }
    p = skip_ws(p);
    u8 c = *p++;
    p = skip_ws(p);
    if (c == ',') continue;
    if (c != '}') return 0;
    if ((seen & required) != required) return 0;
    return p;
  }
}

// ---------------------------------------------------------------------------------------
// One line

enum {
  K_TYPE = 1,
  K_ID = 2,
  K_UNIT = 4,
  K_RECEIVED = 8,
  K_APPLICANT = 16,
  K_RESULT = 32,
  K_COMPLETED = 64,
  K_CHANNEL = 128,
  K_SUBJECT = 256,
  K_APPLICANT_ID = 512,
  K_ON_THE_SPOT = 1024,
  K_EXTENSION = 2048,
  K_CORRECTION = 4096,
  K_FEE = 8192,
};

typedef struct {
  i32 applicant, received, completed, result;
  const u8* id_start;
  const u8* id_end;
} Scanned;

/**
 * The line starting at p as an application record (see `scanApplication`): the position of
 * its line feed, values in *out; 0 when the full path must decide.
 */
static const u8* scan_line(const u8* p, int type_optional, Scanned* out) {
  p = skip_ws(p);
  if (*p != '{') return 0;
  p++;
  u32 seen = 0;
  i32 received = -1, completed = 0, applicant = -1, result = -1;
  const u8* id_start = 0;
  const u8* id_end = 0;
  for (;;) {
    p = skip_ws(p);
    if (*p != '"') return 0;
    p++;
    u32 key;
    switch (*p) {
      case 't':
        if (!KEY_IS(p, "type")) return 0;
        key = K_TYPE;
        p += 5;
        break;
      case 'i':
        if (!KEY_IS(p, "id")) return 0;
        key = K_ID;
        p += 3;
        break;
      case 'u':
        if (!KEY_IS(p, "unit")) return 0;
        key = K_UNIT;
        p += 5;
        break;
      case 'r':
        if (KEY_IS(p, "receivedDate")) {
          key = K_RECEIVED;
          p += 13;
        } else if (KEY_IS(p, "result")) {
          key = K_RESULT;
          p += 7;
        } else {
          return 0;
        }
        break;
      case 'a':
        if (KEY_IS(p, "applicantType")) {
          key = K_APPLICANT;
          p += 14;
        } else if (KEY_IS(p, "applicantId")) {
          key = K_APPLICANT_ID;
          p += 12;
        } else {
          return 0;
        }
        break;
      case 'c':
        if (KEY_IS(p, "completedDate")) {
          key = K_COMPLETED;
          p += 14;
        } else if (KEY_IS(p, "channel")) {
          key = K_CHANNEL;
          p += 8;
        } else if (KEY_IS(p, "correction")) {
          key = K_CORRECTION;
          p += 11;
        } else {
          return 0;
        }
        break;
      case 's':
        if (!KEY_IS(p, "subject")) return 0;
        key = K_SUBJECT;
        p += 8;
        break;
      case 'o':
        if (!KEY_IS(p, "onTheSpot")) return 0;
        key = K_ON_THE_SPOT;
        p += 10;
        break;
      case 'e':
        if (!KEY_IS(p, "extension")) return 0;
        key = K_EXTENSION;
        p += 10;
        break;
      case 'f':
        if (!KEY_IS(p, "fee")) return 0;
        key = K_FEE;
        p += 4;
        break;
      default:
        return 0;
    }
    if (seen & key) return 0;
    seen |= key;
    p = skip_ws(p);
    if (*p != ':') return 0;
    p = skip_ws(p + 1);
    switch (key) {
      case K_RECEIVED:
        received = quoted_date(p);
        if (received < 0) return 0;
        p += 12;
        break;
      case K_COMPLETED:
        completed = quoted_date(p);
        if (completed < 0) return 0;
        p += 12;
        break;
      case K_ID:
      case K_UNIT:
      case K_SUBJECT:
      case K_APPLICANT_ID: {
        if (*p != '"') return 0;
        const u8* e = text_end(p + 1);
        if (!e) return 0;
        if (key == K_ID) {
          if (e == p + 1) return 0;
          id_start = p + 1;
          id_end = e;
        }
        p = e + 1;
        break;
      }
      case K_APPLICANT: {
        const u8* next;
        applicant = quoted_word(p, KIND_APPLICANT, &next);
        if (applicant < 0) return 0;
        p = next;
        break;
      }
      case K_RESULT: {
        const u8* next;
        result = quoted_word(p, KIND_RESULT, &next);
        if (result < 0) return 0;
        p = next;
        break;
      }
      case K_CHANNEL: {
        const u8* next;
        if (quoted_word(p, KIND_CHANNEL, &next) < 0) return 0;
        p = next;
        break;
      }
      case K_TYPE:
        if (*p != '"' || !KEY_IS(p + 1, "application")) return 0;
        p += 13;
        break;
      case K_ON_THE_SPOT:
        if (p[0] == 't' && p[1] == 'r' && p[2] == 'u' && p[3] == 'e')
          p += 4;
        else if (p[0] == 'f' && p[1] == 'a' && p[2] == 'l' && p[3] == 's' && p[4] == 'e')
          p += 5;
        else
          return 0;
        break;
      case K_EXTENSION:
        p = nested_object(p, EXTENSION_FIELDS, 2, 1);
        if (!p) return 0;
        break;
      case K_CORRECTION:
        p = nested_object(p, CORRECTION_FIELDS, 2, 1);
        if (!p) return 0;
        break;
      case K_FEE:
        p = nested_object(p, FEE_FIELDS, 5, 0);
        if (!p) return 0;
        break;
    }
    p = skip_ws(p);
    u8 c = *p++;
    if (c == ',') continue;
    if (c == '}') break;
    return 0;
  }
  p = skip_ws(p);
  if (*p != '\n') return 0;
  if ((seen & K_ID) == 0 || received < 0 || applicant < 0) return 0;
  if ((seen & K_TYPE) == 0 && !type_optional) return 0;
  if (((seen & K_RESULT) == 0) != ((seen & K_COMPLETED) == 0)) return 0;
  if (completed != 0 && completed < received) return 0;
  out->applicant = applicant;
  out->received = received;
  out->completed = completed;
  out->result = result;
  out->id_start = id_start;
  out->id_end = id_end;
  return p;
}

// ---------------------------------------------------------------------------------------
// Memory: the caller's input, the id table and the ids' bytes are regions of this module's
// linear memory, taken from its end (growing it) and never moved. A region given up (a table
// outgrown, an input buffer too small) is cut into arena chunks for the ids' bytes.

typedef uint64_t u64;

extern u8 __heap_base;
static u64 memory_end;
enum { PAGE = 65536, ARENA_CHUNK = 1 << 20 };

/** Pages the memory grows by at least: each growth costs the host a garbage collection or so. */
enum { MIN_GROWTH = 256 };

/**
 * `n` bytes of fresh memory, 64-byte aligned; 0 when the memory cannot grow so far. The
 * memory grows by half its size at least (pages not written cost no physical memory).
 */
static u8* take_memory(u64 n) {
  if (memory_end == 0) memory_end = ((u64)(uintptr_t)&__heap_base + 63) & ~(u64)63;
  u64 end = (memory_end + n + 63) & ~(u64)63;
  u64 pages = __builtin_wasm_memory_size(0);
  if (end > pages * PAGE) {
    u64 need = (end - pages * PAGE + PAGE - 1) / PAGE;
    u64 more = pages / 2 > MIN_GROWTH ? pages / 2 : MIN_GROWTH;
    if ((more < need || __builtin_wasm_memory_grow(0, more) == (__SIZE_TYPE__)-1) &&
        __builtin_wasm_memory_grow(0, need) == (__SIZE_TYPE__)-1)
      return 0;
  }
  u8* at = (u8*)(uintptr_t)memory_end;
  memory_end = end;
  return at;
}

/** Free arena chunks, linked through their first four bytes. */
static u8* free_chunks;

/** Gives up the region [p, p + n): its whole chunks serve the arena later. */
static void give_back(u8* p, u64 n) {
  for (u64 k = 0; k + ARENA_CHUNK <= n; k += ARENA_CHUNK) {
    u8* c = p + k;
    __builtin_memcpy(c, &free_chunks, sizeof free_chunks);
    free_chunks = c;
  }
}

/** A region of at least `n` bytes for `*buf` (of `*cap` bytes), replaced when too small. */
static u8* buffer_of(u8** buf, u64* cap, u64 n) {
  if (*cap >= n) return *buf;
  u64 want = *cap * 2 > n ? *cap * 2 : n;
  u8* b = take_memory(want);
  if (!b) return 0;
  if (*buf) give_back(*buf, *cap);
  *buf = b;
  *cap = want;
  return b;
}

static u8* input_at;
static u64 input_cap;

/** Where the caller puts `n` bytes of input (and the 80 bytes of padding after them); 0 when out of memory. */
EXPORT("input_buffer") u8* input_buffer(u32 n) { return buffer_of(&input_at, &input_cap, (u64)n + 80); }

// ---------------------------------------------------------------------------------------
// Record ids: every id taken, kept exactly (its bytes in an arena), with where it was first
// taken, in an open-addressed table of 8-byte slots (the id's 32-bit hash, whose low bits are
// its home slot, and the address of its arena record; at most three quarters full). A repeated
// id is told by its bytes, never by its hash alone. The table is presized by the caller when it
// can estimate the number of ids (`ids_reserve`) and otherwise doubles.
//
// Arena record: where (a line, or a record's index + 1), tag (the file's number, bit 30 "where
// is an index"), the record type and the id's length, each a LEB128 varint, then the id's
// // bytes: 18 bytes for a 12-byte id on line 200,000 of the first file. A chunk begins with the
// end of what it holds.

static inline u32 fmix(u32 h) {
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}

typedef struct Chunk {
  u8* used;
} Chunk;

static Chunk* last_chunk;
static u8* chunk_end;
static u32* table;
static u32 table_mask;
static u32 id_count;
static u32 hash_mask = 0xffffffffu;

/** The 32-bit hash of a record type and the id bytes [s, e): FNV-1a, then murmur3's finaliser. */
static inline u32 hash_id(const u8* s, const u8* e, u32 type) {
  u32 h = (0x811c9dc5u ^ type) * 0x01000193u;
  for (const u8* p = s; p < e; p++) h = (h ^ *p) * 0x01000193u;
  return fmix(h ^ (u32)(e - s)) & hash_mask;
}

/** Tests only: keeps `bits` bits of the hash, so that different ids share hashes. */
EXPORT("ids_hash_bits") void ids_hash_bits(u32 bits) { hash_mask = bits >= 32 ? 0xffffffffu : (1u << bits) - 1; }

static inline u8* put_varint(u8* p, u32 v) {
  while (v >= 0x80) {
    *p++ = (u8)(v | 0x80);
    v >>= 7;
  }
  *p++ = (u8)v;
  return p;
}

static inline const u8* get_varint(const u8* p, u32* v) {
  u32 x = 0;
  for (u32 shift = 0;; shift += 7) {
    u8 c = *p++;
    x |= (u32)(c & 0x7f) << shift;
    if (c < 0x80) break;
  }
  *v = x;
  return p;
}

/** The type, length and bytes of the id of the arena record at `r`. */
static const u8* record_id(const u8* r, u32* type, u32* len) {
  u32 skip;
  return get_varint(get_varint(get_varint(get_varint(r, &skip), &skip), type), len);
}

/** Whether the record at `r` holds the id `s` (`n` bytes) of type `type`. */
static int record_is(const u8* r, const u8* s, u32 n, u32 type) {
  u32 t, len;
  const u8* b = record_id(r, &t, &len);
  if (t != type || len != n) return 0;
  for (u32 j = 0; j < n; j++)
    if (b[j] != s[j]) return 0;
  return 1;
}

/** Room for `n` bytes in the arena; 0 when out of memory. */
static u8* arena_room(u32 n) {
  if (last_chunk && (u64)(chunk_end - last_chunk->used) >= n) return last_chunk->used;
  u64 size = (u64)n + sizeof(Chunk) > ARENA_CHUNK ? (u64)n + sizeof(Chunk) : ARENA_CHUNK;
  Chunk* c;
  if (size == ARENA_CHUNK && free_chunks) {
    c = (Chunk*)free_chunks;
    u8* next;
    __builtin_memcpy(&next, free_chunks, sizeof next);
    free_chunks = next;
  } else {
    c = (Chunk*)take_memory(size);
    if (!c) return 0;
  }
  c->used = (u8*)(c + 1);
  last_chunk = c;
  chunk_end = (u8*)c + size;
  return c->used;
}

/** The slot of an id whose hash is `h`: where it is, or the empty slot where it goes. */
static inline u32* id_slot(u32 h, const u8* s, u32 n, u32 type) {
  for (u32 i = h & table_mask;; i = (i + 1) & table_mask) {
    u32* slot = &table[i * 2];
    if (slot[1] == 0) return slot;
    if (slot[0] == h && record_is((const u8*)(uintptr_t)slot[1], s, n, type)) return slot;
  }
}

/**
 * Loads the first slot of each of `count` hashes (`stride` u32 apart), so that
 * the claims that follow find them in the cache: the loads do not wait on one another, so the
 * processor overlaps their cache misses, where claims one by one would wait out each in turn.
 */
static u32 touch_slots(const u32* h, u32 count, u32 stride) {
  u32 sum = 0;
  for (u32 k = 0; k < count; k++) sum += table[(h[k * stride] & table_mask) * 2];
  return sum;
}

/** What `touch_slots` read (kept, so that its loads are not optimised away). */
static volatile u32 touched;

/**
 * A table of `slots` slots (a power of two) holding every id taken so far; 0 when out of
 * memory. A slot keeps the whole hash, so the ids move from the old table to the new one in
 * the old one's order, without reading their records: both tables are walked nearly in order.
 * The new table is fresh memory, which WebAssembly gives zeroed (empty).
 */
static int rehash(u32 slots) {
  u32* fresh = (u32*)take_memory((u64)slots * 8);
  if (!fresh) return 0;
  u32* old = table;
  u64 old_slots = table ? (u64)table_mask + 1 : 0;
  table = fresh;
  table_mask = slots - 1;
  for (u64 k = 0; k < old_slots; k++) {
    u32 h = old[k * 2], record = old[k * 2 + 1];
    if (record == 0) continue;
    u32 i = h & table_mask;
    while (table[i * 2 + 1] != 0) i = (i + 1) & table_mask;
    table[i * 2] = h;
    table[i * 2 + 1] = record;
  }
  if (old) give_back((u8*)old, old_slots * 8);
  return 1;
}

/** Makes room for `n` ids in all without growing the table again; 0 when out of memory. */
EXPORT("ids_reserve") i32 ids_reserve(u32 n) {
  u64 slots = 1u << 12;
  while (slots * 3 < (u64)n * 4) slots *= 2;
  if (slots > 0x80000000u) return 0;
  if (table && slots <= (u64)table_mask + 1) return 1;
  return rehash((u32)slots);
}

/** The reply of `claim_id` when the memory cannot hold one more id. */
#define OUT_OF_MEMORY 1u

/**
 * Takes the id `s` (`n` bytes) of a record of type `type`, whose hash is `h`, seen at
 * `where` of file `tag`: 0 when it was not taken before, else the address of the arena record
 * of its first taking (OUT_OF_MEMORY when it cannot be kept).
 */
static u32 claim_hashed(const u8* s, u32 n, u32 type, u32 h, u32 where, u32 tag) {
  if (UNLIKELY(!table || (u64)(id_count + 1) * 4 > (u64)(table_mask + 1) * 3)) {
    if (!ids_reserve(table ? (table_mask + 1) : 1)) return OUT_OF_MEMORY;
  }
  u32* slot = id_slot(h, s, n, type);
  if (slot[1] != 0) return slot[1];
  u8* r = arena_room(n + 20);
  if (!r) return OUT_OF_MEMORY;
  u8* b = put_varint(put_varint(put_varint(put_varint(r, where), tag), type), n);
  __builtin_memcpy(b, s, n);
  last_chunk->used = b + n;
  slot[0] = h;
  slot[1] = (u32)(uintptr_t)r;
  id_count++;
  return 0;
}

/** `claim_hashed` of an id whose hash is computed here. */
static u32 claim_id(const u8* s, u32 n, u32 type, u32 where, u32 tag) {
  return claim_hashed(s, n, type, hash_id(s, s + n, type), where, tag);
}


static u8* claim_at;
static u64 claim_cap;

/** Where the caller puts the bytes of an id for `claim`. */
EXPORT("claim_buffer") u8* claim_buffer(u32 n) { return buffer_of(&claim_at, &claim_cap, n); }

/** `claim_id` of the `n` bytes the caller put at `claim_buffer(n)`. */
EXPORT("claim") u32 claim(u32 n, u32 type, u32 where, u32 tag) { return claim_id(claim_at, n, type, where, tag); }

EXPORT("ids_taken") u32 ids_taken(void) { return id_count; }
EXPORT("record_where") u32 record_where(const u8* r) {
  u32 where;
  get_varint(r, &where);
  return where;
}
EXPORT("record_tag") u32 record_tag(const u8* r) {
  u32 where, tag;
  get_varint(get_varint(r, &where), &tag);
  return tag;
}

// ---------------------------------------------------------------------------------------
// Lines and the tally

/** Lines taken since the last `reset_counts` that have nothing to do with the year. */
static u32 outside_year;
static u32 last_taken;
/** [0 本年新收 | 1 上年结转][applicant]. */
static u32 intake_counts[2][MAX_APPLICANTS];
/** [result index, or results = 结转下年度][applicant]. */
static u32 outcome_counts[MAX_RESULTS + 1][MAX_APPLICANTS];
static i32 result_count;
static u32 ids_checked = 1;

/** Repeats after which `scan_lines` stops (it may list up to CLAIM_BATCH - 1 more). */
enum { REPEAT_BATCH = 256, CLAIM_BATCH = 64 };
/** Per line taken whose id was taken before: its number among the lines taken (from 0), the
 *  offset of its id from `start`, the id's length, the arena record of the first taking. */
static u32 repeat_out[(REPEAT_BATCH + CLAIM_BATCH) * 4];
static u32 repeat_count;

/** Lines read but not yet claimed nor tallied: id hash, id, length, number, bucket. */
typedef struct {
  u32 h;
  const u8* id;
  u32 len, taken, bucket;
} Pending;
static Pending pending[CLAIM_BATCH];
static u32 pending_count;

/** Bucket of a line outside the year; else intake << 16 | outcome << 8 | applicant. */
#define OUTSIDE 0xffffffffu

/** Tells the scanner how many results there are (the row of 结转下年度 follows them). */
EXPORT("set_result_count") void set_result_count(i32 n) { result_count = n; }
/** Whether `scan_lines` claims the ids of the lines it takes (1, the default) or not. */
EXPORT("check_ids") void check_ids(i32 on) { ids_checked = on != 0; }

EXPORT("counts_outside") u32 counts_outside(void) { return outside_year; }
EXPORT("counts_intake") u32* counts_intake(void) { return &intake_counts[0][0]; }
EXPORT("counts_outcome") u32* counts_outcome(void) { return &outcome_counts[0][0]; }
EXPORT("max_applicants") i32 max_applicants(void) { return MAX_APPLICANTS; }
EXPORT("repeats") u32* repeats(void) { return repeat_out; }
EXPORT("repeats_found") u32 repeats_found(void) { return repeat_count; }

EXPORT("reset_counts") void reset_counts(void) {
  outside_year = 0;
  for (u32 a = 0; a < MAX_APPLICANTS; a++) {
    intake_counts[0][a] = 0;
    intake_counts[1][a] = 0;
  }
  for (u32 r = 0; r <= MAX_RESULTS; r++)
    for (u32 a = 0; a < MAX_APPLICANTS; a++) outcome_counts[r][a] = 0;
}

/** Counts a line in its bucket. */
static inline void tally(u32 bucket) {
  if (bucket == OUTSIDE) {
    outside_year++;
    return;
  }
  intake_counts[bucket >> 16][bucket & 0xff]++;
  outcome_counts[(bucket >> 8) & 0xff][bucket & 0xff]++;
}

/**
 * Claims the ids of the pending lines in order (their first slots loaded together first) and
 * tallies those whose id is new; the others are listed in `repeats()`. Lines `line`, `tag`
 * and `start` as in `scan_lines`; 0 when the memory cannot hold one more id.
 */
static int claim_pending(const u8* start, u32 line, u32 tag) {
  if (table) touched = touch_slots(&pending[0].h, pending_count, sizeof(Pending) / sizeof(u32));
  for (u32 k = 0; k < pending_count; k++) {
    const Pending* l = &pending[k];
    u32 r = claim_hashed(l->id, l->len, 0, l->h, line + l->taken, tag);
    if (LIKELY(r == 0)) {
      tally(l->bucket);
      continue;
    }
    if (r == OUT_OF_MEMORY) return 0;
    u32* out = &repeat_out[repeat_count++ * 4];
    out[0] = l->taken;
    out[1] = (u32)(l->id - start);
    out[2] = l->len;
    out[3] = r;
  }
  pending_count = 0;
  return 1;
}

/**
 * Scans and tallies lines from `start` while the scanner accepts them; `first` / `last` are
 * 1 January and 31 December of the year as YYYYMMDD, `line` the number of the first line and
 * `tag` the number of its file (for the ids' first places). The ids are claimed CLAIM_BATCH
 * lines at a time; a line whose id was taken before is taken but not tallied, and listed in
 * `repeats()`. Returns the offset from `start` of the first line not taken: a line the full
 * path must decide, the unfinished tail, or, after REPEAT_BATCH repeats, the next line; -1
 * when the memory cannot hold one more id.
 */
EXPORT("scan_lines") i32 scan_lines(const u8* start, i32 first, i32 last, i32 type_optional, u32 line, u32 tag) {
  const u8* p = start;
  Scanned s;
  u32 taken = 0;
  repeat_count = 0;
  pending_count = 0;
  while (repeat_count < REPEAT_BATCH) {
    const u8* nl = scan_line(p, type_optional, &s);
    // A value the counts have no room for is left to the full path (add_word refuses them).
    if (!nl || s.applicant >= MAX_APPLICANTS || s.result >= MAX_RESULTS) break;
    u32 bucket = OUTSIDE;
    if (s.received <= last && (s.completed == 0 || s.completed >= first)) {
      u32 intake = s.received >= first ? 0 : 1;
      i32 outcome = s.completed != 0 && s.completed <= last ? s.result : result_count;
      bucket = intake << 16 | (u32)outcome << 8 | (u32)s.applicant;
    }
    if (ids_checked) {
      Pending* l = &pending[pending_count++];
      l->id = s.id_start;
      l->len = (u32)(s.id_end - s.id_start);
      l->h = hash_id(s.id_start, s.id_end, 0);
      l->taken = taken;
      l->bucket = bucket;
      if (pending_count == CLAIM_BATCH && !claim_pending(start, line, tag)) return -1;
    } else {
      tally(bucket);
    }
    taken++;
    p = nl + 1;
  }
  if (pending_count && !claim_pending(start, line, tag)) return -1;
  last_taken = taken;
  return (i32)(p - start);
}

/** Lines taken by the last `scan_lines`, repeats included. */
EXPORT("taken") u32 taken_lines(void) { return last_taken; }

/** One line, for tests: 1 and the values in `scanned()` when accepted, else 0. */
static i32 last_scan[5];
EXPORT("scanned") i32* scanned(void) { return last_scan; }
EXPORT("scan_one") i32 scan_one(const u8* p, i32 type_optional) {
  Scanned s;
  const u8* nl = scan_line(p, type_optional, &s);
  if (!nl) return 0;
  last_scan[0] = s.applicant;
  last_scan[1] = s.received;
  last_scan[2] = s.completed;
  last_scan[3] = s.result;
  last_scan[4] = (i32)(nl - p);
  return 1;
}
