// The reply of `pack_pages`: raw bytes, not JSON (a PDF would be a long array of numbers):
// a 4-byte little-endian length, that many bytes of JSON, then the PDF.

/** Splits a framed reply into its JSON header and the bytes after it. */
export function unframe<T>(reply: ArrayBuffer): { header: T; body: Uint8Array } {
  if (reply.byteLength < 4) throw new Error("a framed reply of fewer than 4 bytes");
  const length = new DataView(reply).getUint32(0, true);
  if (4 + length > reply.byteLength) throw new Error("a framed reply shorter than its header");
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(reply, 4, length))) as T;
  return { header, body: new Uint8Array(reply, 4 + length) };
}
