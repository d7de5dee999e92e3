// Reading a request body with a size limit, whatever Content-Length claims.
export type BoundedBytes = { ok: true; bytes: Uint8Array } | { ok: false; reason: "too-large" };
export type BoundedText = { ok: true; text: string } | { ok: false; reason: "too-large" | "not-utf8" };

export async function readBoundedBytes(request: Request, limit: number): Promise<BoundedBytes> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limit) return { ok: false, reason: "too-large" };
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return { ok: false, reason: "too-large" };
      }
      chunks.push(value);
    }
  }
  return { ok: true, bytes: new Uint8Array(Buffer.concat(chunks)) };
}

export async function readBoundedText(request: Request, limit: number): Promise<BoundedText> {
  const read = await readBoundedBytes(request, limit);
  if (!read.ok) return read;
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(read.bytes) };
  } catch {
    return { ok: false, reason: "not-utf8" };
  }
}
