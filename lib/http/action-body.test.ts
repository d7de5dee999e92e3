import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, checkActionBody } from "./action-body";

const text = (s: string) => new TextEncoder().encode(s);

async function multipart(fields: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = new Response(form);
  return { type: res.headers.get("content-type")!, body: new Uint8Array(await res.arrayBuffer()) };
}

describe("server action bodies", () => {
  it("lets through what our pages send: multipart with the arguments in part 0", async () => {
    const m = await multipart({ "0": '["$K1"]', "1_email": "a@b.co" });
    expect(await checkActionBody(m.type, m.body, true)).toEqual({ ok: true });
    const bound = await multipart({ "0": '["bk_1",{"ok":false,"formErrors":["$$5 off"]},"$K1"]', "1_note": "x" });
    expect(await checkActionBody(bound.type, bound.body, true)).toEqual({ ok: true });
  });

  it("lets through a no-JavaScript form post with bound arguments", async () => {
    const m = await multipart({ "$ACTION_REF_1": "", "$ACTION_1:0": '{"id":"abc","bound":"$@1"}', "$ACTION_1:1": '["bk_1"]', email: "x" });
    expect(await checkActionBody(m.type, m.body, false)).toEqual({ ok: true });
  });

  it.each([
    ["text that is not JSON", "text/plain;charset=UTF-8", "{nope"],
    ["a reference to a part that is not there", "text/plain;charset=UTF-8", '["$Q1"]'],
    ["a bad bigint", "text/plain;charset=UTF-8", '["$nxyz"]'],
    ["arguments that are not a list", "text/plain;charset=UTF-8", '"just a string"'],
    ["a broken multipart body", "multipart/form-data; boundary=xx", "garbage"],
  ])("refuses %s with 400", async (_name, type, body) => {
    expect(await checkActionBody(type, text(body), true)).toMatchObject({ ok: false, status: 400 });
  });

  it("refuses invalid UTF-8 with 400 and a body over 1 MB with 413", async () => {
    expect(await checkActionBody("text/plain", new Uint8Array([0x5b, 0xff, 0x5d]), true)).toMatchObject({ status: 400 });
    expect(await checkActionBody("text/plain", new Uint8Array(ACTION_BODY_LIMIT_BYTES + 1), true)).toMatchObject({ status: 413 });
  });

  it("refuses bad JSON in a form post's bound arguments", async () => {
    const m = await multipart({ "$ACTION_REF_1": "", "$ACTION_1:0": '{"id":"abc","bound":"$@7"}' });
    expect(await checkActionBody(m.type, m.body, false)).toMatchObject({ status: 400 });
  });
});
