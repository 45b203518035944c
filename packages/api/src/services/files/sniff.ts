/** Declared content type vs the file's first bytes: a renamed .exe is not a PDF. */
const signatures: Record<string, (b: Uint8Array) => boolean> = {
  'application/pdf': (b) => starts(b, [0x25, 0x50, 0x44, 0x46, 0x2d]), // %PDF-
  'image/png': (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': (b) => starts(b, [0xff, 0xd8, 0xff]),
  // Office Open XML files are zip archives.
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': (b) =>
    starts(b, [0x50, 0x4b, 0x03, 0x04]),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': (b) =>
    starts(b, [0x50, 0x4b, 0x03, 0x04]),
};

function starts(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((v, i) => bytes[i] === v);
}

export function contentMatches(contentType: string, bytes: Uint8Array): boolean {
  return signatures[contentType]?.(bytes) ?? false;
}
