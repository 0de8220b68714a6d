import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { MAX_SAVE_BYTES, SERVER_ACTION_BODY_LIMIT_BYTES, saveTooLarge } from "./save-body-limit";

const article = (paragraphs: number, text: string) => ({
  id: "a1",
  version: 3,
  headline: "中原区召开党建工作会议",
  subtitle: "",
  sectionId: null,
  body: {
    type: "doc",
    content: Array.from({ length: paragraphs }, () => ({
      type: "paragraph",
      content: [{ type: "text", text }],
    })),
  },
});

describe("save size", () => {
  it("lets server actions take a long feature, beyond Next's 1 MB default", () => {
    const limit = nextConfig.experimental?.serverActions?.bodySizeLimit;
    expect(limit).toBe(SERVER_ACTION_BODY_LIMIT_BYTES);
    expect(SERVER_ACTION_BODY_LIMIT_BYTES).toBeGreaterThan(MAX_SAVE_BYTES);
  });

  it("sends a 300,000-character feature and refuses a save past the limit before sending it", () => {
    const feature = article(3_000, "中原区坚持以人民为中心的发展思想，".repeat(6));
    expect(saveTooLarge(feature)).toBe(false);
    expect(saveTooLarge(article(30_000, "中原区坚持以人民为中心的发展思想，".repeat(6)))).toBe(true);
  });
});
