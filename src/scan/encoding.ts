/**
 * The text encoding of a log, from its first bytes, and a streaming transcoder to the UTF-8 the
 * tokenizer reads. Logs written on Windows are often UTF-16 (LE or BE, with or without a BOM); read
 * as bytes they are "binary" and every number is split by NULs, so nothing would be found.
 */
import { TextDecoder, TextEncoder } from 'node:util';

export type LogEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Bytes of the input looked at to tell UTF-16 from UTF-8. */
export const SNIFF_BYTES = 4096;

/**
 * The encoding the first bytes of a log are in. A BOM decides; without one, UTF-16 is recognised by
 * its NUL bytes: the ASCII a log is mostly made of (timestamps, digits, English words) has a zero
 * high byte, at odd offsets in LE and even offsets in BE, while UTF-8 text has no NUL at all.
 * A log of CJK characters only, with no BOM and no ASCII, is not recognised (it has no NUL).
 */
export function sniffEncoding(head: Uint8Array): LogEncoding {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const pairs = Math.min(head.length, SNIFF_BYTES) >> 1;
  if (pairs < 2) return 'utf-8';
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let k = 0; k < pairs; k++) {
    if (head[2 * k] === 0) zeroEven++;
    if (head[2 * k + 1] === 0) zeroOdd++;
  }
  // At least a fifth of the characters ASCII, and NULs almost only on one side: binary data has
  // them on both sides.
  const least = Math.max(2, pairs / 5);
  if (zeroOdd >= least && zeroEven <= zeroOdd / 20) return 'utf-16le';
  if (zeroEven >= least && zeroOdd <= zeroEven / 20) return 'utf-16be';
  return 'utf-8';
}

/** UTF-16 bytes in, UTF-8 bytes out, chunk by chunk (a character may straddle chunks). The BOM is dropped. */
export class Utf16Transcoder {
  private readonly decoder: TextDecoder;
  private readonly encoder = new TextEncoder();

  constructor(readonly encoding: Exclude<LogEncoding, 'utf-8'>) {
    this.decoder = new TextDecoder(encoding);
  }

  push(chunk: Uint8Array): Uint8Array {
    return this.encoder.encode(this.decoder.decode(chunk, { stream: true }));
  }

  end(): Uint8Array {
    return this.encoder.encode(this.decoder.decode());
  }
}

/** The bytes of a log as UTF-8: UTF-16 input (see sniffEncoding) transcoded, anything else as it is. */
export function toUtf8(bytes: Uint8Array): Uint8Array {
  const encoding = sniffEncoding(bytes.subarray(0, SNIFF_BYTES));
  if (encoding === 'utf-8') return bytes;
  const t = new Utf16Transcoder(encoding);
  const head = t.push(bytes);
  const tail = t.end();
  if (tail.length === 0) return head;
  const out = new Uint8Array(head.length + tail.length);
  out.set(head);
  out.set(tail, head.length);
  return out;
}

/**
 * A byte stream as UTF-8: holds the first SNIFF_BYTES (or the first line, or the whole stream,
 * whichever comes first) to decide, then passes UTF-8 through untouched and transcodes UTF-16 as it streams.
 * `onEncoding` hears the decision once.
 */
export async function* utf8Stream(source: AsyncIterable<Uint8Array>, onEncoding?: (e: LogEncoding) => void): AsyncGenerator<Uint8Array> {
  const held: Uint8Array[] = [];
  let heldBytes = 0;
  let transcoder: Utf16Transcoder | null = null;
  let decided = false;
  const decide = (): Uint8Array[] => {
    decided = true;
    const head = held.length === 1 ? held[0]! : concat(held, heldBytes);
    const encoding = sniffEncoding(head.subarray(0, SNIFF_BYTES));
    onEncoding?.(encoding);
    if (encoding === 'utf-8') return [head];
    transcoder = new Utf16Transcoder(encoding);
    return [transcoder.push(head)];
  };
  for await (const chunk of source) {
    if (decided) {
      yield transcoder ? (transcoder as Utf16Transcoder).push(chunk) : chunk;
      continue;
    }
    held.push(chunk);
    heldBytes += chunk.length;
    // A whole line is enough to decide: on a live pipe (`adb logcat | avcodes scan -`) the next
    // bytes may be minutes away, and its findings must not wait for them.
    if (heldBytes >= SNIFF_BYTES || (heldBytes >= 8 && chunk.includes(0x0a))) yield* decide();
  }
  if (!decided) {
    if (heldBytes === 0) return;
    yield* decide();
  }
  if (transcoder) {
    const tail = (transcoder as Utf16Transcoder).end();
    if (tail.length > 0) yield tail;
  }
}

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}
