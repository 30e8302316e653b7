// Decode a file's bytes as UTF-8 text, refusing binary, non-UTF-8, empty and oversized input.
import { NewskgError } from '../errors.js';

/** Line and column (1-based) of a byte offset, counting characters as a reader would. */
export function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...prefix].length + 1 };
}

/** Offset of the first byte of the first invalid UTF-8 sequence. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search on prefixes: a valid prefix decodes, possibly cut mid-character, so allow 3 bytes of slack.
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      strict.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  for (let end = lo; end <= hi; end++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
    } catch {
      return startOfSequence(bytes, end - 1);
    }
  }
  return lo;
}

/** Decoding fails at the byte that breaks a sequence; the fault is the lead byte that began it (Latin-1 « é » then « f »). */
function startOfSequence(bytes: Uint8Array, failedAt: number): number {
  for (let k = 1; k <= 3 && failedAt - k >= 0; k++) {
    const b = bytes[failedAt - k]!;
    if (b >= 0xc0) return failedAt - k;
    if (b < 0x80 || b > 0xbf) break;
  }
  return failedAt;
}

export function decodeText(bytes: Uint8Array, file: string, maxBytes: number): string {
  if (bytes.length > maxBytes) {
    throw new NewskgError('ETOOLARGE', `article is ${bytes.length} bytes, over the limit of ${maxBytes} (see --max-bytes)`, { file });
  }
  // UTF-16 announced by its byte order mark (as Windows tools save text) is text, whatever its NUL bytes.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    try {
      return checkedText(new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes), file);
    } catch (err) {
      if (err instanceof NewskgError) throw err;
      throw new NewskgError('EENCODING', `not valid ${utf16.toUpperCase()} despite its byte order mark`, { file });
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new NewskgError('EBINARY', 'binary file (contains a NUL byte), not a text article', { file, ...positionOfByte(bytes, nul) });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8Byte(bytes);
    throw new NewskgError('EENCODING', `not valid UTF-8 (byte 0x${bytes[at]?.toString(16).padStart(2, '0')}); convert it with iconv first`, {
      file,
      ...positionOfByte(bytes, at),
    });
  }
  return checkedText(text, file);
}

function checkedText(text: string, file: string): string {
  if (text.trim() === '') {
    throw new NewskgError('EEMPTY', 'empty article', { file });
  }
  if (text.includes('\0')) {
    throw new NewskgError('EBINARY', 'binary file (contains a NUL character), not a text article', { file });
  }
  return text;
}
