// Bytes to text: UTF-8 (BOM stripped), UTF-16 when a BOM says so, windows-1252 when the bytes are
// not valid UTF-8. Rejects binary data with InvalidInputError. No repair and no cleaning here:
// mojibake is mojibake.ts's job, markup html.ts's.

import iconv from "iconv-lite";
import { InvalidInputError } from "../../errors.ts";

/** Above this share of control characters (NUL excepted: one NUL is enough), bytes are binary. */
export const MAX_CONTROL_SHARE = 0.05;

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decodes a document's bytes. Throws `InvalidInputError` naming `fileName` when the bytes are
 * binary (a NUL byte, or more than `MAX_CONTROL_SHARE` control characters).
 */
export function decodeBytes(fileName: string, bytes: Uint8Array): string {
  const utf16 = decodeUtf16(bytes);
  if (utf16 !== null) {
    assertText(fileName, utf16);
    return utf16;
  }
  assertText(fileName, bytes);
  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  try {
    return UTF8.decode(body);
  } catch {
    return iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), "windows-1252");
  }
}

/** True when the bytes (or code units) look like binary data rather than text. */
export function isBinary(data: Uint8Array | string): boolean {
  const length = data.length;
  if (length === 0) return false;
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const code = typeof data === "string" ? data.charCodeAt(i) : data[i]!;
    if (code === 0) return true;
    if ((code < 0x20 && !ALLOWED_CONTROLS.has(code)) || code === 0x7f) controls++;
  }
  return controls / length > MAX_CONTROL_SHARE;
}

// Tab, line feed, vertical tab, form feed, carriage return and escape occur in real text files.
const ALLOWED_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);

function assertText(fileName: string, data: Uint8Array | string): void {
  if (isBinary(data)) {
    throw new InvalidInputError(`read: ${fileName} should be a text document, found binary data.`);
  }
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function decodeUtf16(bytes: Uint8Array): string | null {
  if (bytes.length < 2) return null;
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  if (encoding === null) return null;
  return new TextDecoder(encoding).decode(bytes.subarray(2));
}
