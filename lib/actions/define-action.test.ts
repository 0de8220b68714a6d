import { describe, expect, it } from "vitest";
import { z } from "zod";
import { definePublicAction } from "./define-action";

describe("an action's input check", () => {
  const action = definePublicAction(
    z.object({ name: z.string().min(1, "请填写名称。") }),
    async (input) => input,
  );

  it("answers input of the wrong shape in Chinese, and changes nothing", async () => {
    const result = await action(null as never);
    expect(result).toMatchObject({ ok: false, code: "BAD_INPUT" });
    expect(result.ok ? "" : result.error).toMatch(/^无效输入/);
  });

  it("keeps the schema's own messages, and runs the handler on valid input", async () => {
    expect(await action({ name: "" })).toMatchObject({ ok: false, error: "请填写名称。" });
    expect(await action({ name: "中原" })).toEqual({ ok: true, data: { name: "中原" } });
  });
});
