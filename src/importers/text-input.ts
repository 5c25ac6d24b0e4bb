import { ImportError } from './types.js';

/** Sources are small documents; anything this large is not one of them and is refused up front. */
export const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

/**
 * Checks the bytes of a source before any parser sees them and returns its text and lines:
 * refuses empty, oversized, NUL-containing and invalid UTF-8 input with the file and line named.
 */
export function decodeSource(file: string, bytes: Uint8Array): { text: string; lines: string[] } {
  if (bytes.length === 0) throw new ImportError(file, null, 'the file is empty');
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new ImportError(file, null, `the file is ${bytes.length} bytes; a source document may be at most ${MAX_SOURCE_BYTES}`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new ImportError(file, lineAt(bytes, nul), 'binary content (a NUL byte)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(file, firstInvalidUtf8Line(bytes), 'the file is not valid UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r?\n/);
  if (lines.every((l) => l.trim() === '')) throw new ImportError(file, null, 'the file has no text');
  return { text, lines };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      start = i + 1;
      line++;
    }
  }
  return line;
}
