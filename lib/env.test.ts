import { describe, expect, it } from "vitest";
import { env } from "./env";

describe("env", () => {
  it("gives every setting its default when unset or empty", () => {
    const defaults = env({ PORT: "", SITE_URL: "" });
    expect(defaults).toMatchObject({
      DATABASE_URL: "file:./data/newsroom.db",
      PORT: 3000,
      NEWSROOM_DEMO: false,
      DEMO_PASSWORD: "zhongyuan-demo",
      TRUSTED_PROXY: { kind: "none" },
      NEWSROOM_REVISION_WINDOW_S: 300,
    });
    expect(defaults.SITE_URL).toBeUndefined();
    expect(defaults.WEB_CONCURRENCY).toBeUndefined();
  });

  it("reads numbers, the demo switch and the trusted proxy", () => {
    expect(
      env({ PORT: "8080", NEWSROOM_DEMO: "1", TRUSTED_PROXY: "1", NEWSROOM_REVISION_WINDOW_S: "0" }),
    ).toMatchObject({
      PORT: 8080,
      NEWSROOM_DEMO: true,
      TRUSTED_PROXY: { kind: "hops", count: 1 },
      NEWSROOM_REVISION_WINDOW_S: 0,
    });
  });

  it("refuses wrong values, naming each variable and what it should be", () => {
    const wrong = {
      PORT: "abc",
      DATABASE_URL: "mysql://db/newsroom",
      NEWSROOM_DEMO: "true",
      SITE_URL: "news.example.cn",
      TRUSTED_PROXY: "proxy.local",
      WEB_CONCURRENCY: "0",
    };
    expect(() => env(wrong)).toThrow(/环境变量设置有误/);
    const message = (() => {
      try {
        env(wrong);
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    })();
    for (const name of Object.keys(wrong)) expect(message).toContain(`${name}=`);
    expect(message).toContain("以 file: 开头");
    expect(message).toContain("postgresql://");
    expect(message).toContain("只能是 1");
    expect(message).toContain("不是 IP 地址");
  });
});
