import { describeFsError, type CliFs } from './io';

export type ReadOutcome = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** How many leading bytes are looked at to tell a binary file from text. */
const sniffBytes = 8192;

/**
 * Read a document for checking: refuse folders, files over `maxBytes` and binary files
 * (a NUL byte in the first 8 KB, unless a UTF-16 byte-order mark explains it), and decode
 * the rest as UTF-8 (or UTF-16 with a BOM), dropping the BOM as editors do.
 */
export function readDocument(fs: CliFs, path: string, maxBytes: number): ReadOutcome {
  let bytes: Uint8Array;
  try {
    const stat = fs.stat(path);
    if (stat.isDirectory()) return { ok: false, reason: 'is a directory' };
    if (stat.size > maxBytes) return { ok: false, reason: `too large (${formatSize(stat.size)}; the limit is ${formatSize(maxBytes)})` };
    bytes = fs.readFile(path);
  } catch (e) {
    return { ok: false, reason: describeFsError(e) };
  }
  if (bytes.length > maxBytes) return { ok: false, reason: `too large (${formatSize(bytes.length)}; the limit is ${formatSize(maxBytes)})` };
  return decode(bytes);
}

/** Read standard input as a document, with the same size limit and decoding as a file. */
export function readStdinDocument(readStdin: () => Uint8Array, maxBytes: number): ReadOutcome {
  let bytes: Uint8Array;
  try {
    bytes = readStdin();
  } catch (e) {
    return { ok: false, reason: describeFsError(e) };
  }
  if (bytes.length > maxBytes) return { ok: false, reason: `too large (${formatSize(bytes.length)}; the limit is ${formatSize(maxBytes)})` };
  return decode(bytes);
}

export function decode(bytes: Uint8Array): ReadOutcome {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  if (encoding === 'utf-8' && bytes.subarray(0, sniffBytes).includes(0)) return { ok: false, reason: 'binary file, not checked' };
  try {
    return { ok: true, text: new TextDecoder(encoding).decode(bytes) };
  } catch {
    return { ok: false, reason: `cannot decode ${encoding} text` };
  }
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${round(bytes / 1024)} KB`;
  return `${round(bytes / (1024 * 1024))} MB`;
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}
