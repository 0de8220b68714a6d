import { describe, expect, it } from "vitest";
import { lineInput, stripXmlInvalid, textInput } from "./xml-safe-text";

describe("stripXmlInvalid", () => {
  it("removes control characters, non-characters and unpaired surrogates, and keeps everything else", () => {
    expect(stripXmlInvalid("中原\u000B区报\u0000\u0008\u001F\uFFFE\uD800")).toBe("中原区报");
    expect(stripXmlInvalid("行\t一\n行二\r😀ａ")).toBe("行\t一\n行二\r😀ａ");
  });

  it("cleans input before trimming and length checks", () => {
    expect(textInput().trim().max(2).parse("\u0000 标题 \u000B")).toBe("标题");
  });

  it("keeps a one-line field on one line: breaks and tabs become a space, before trimming", () => {
    expect(lineInput().trim().parse(" 中原\r\n</script>\t区报\u2028晚报\n")).toBe("中原 </script> 区报 晚报");
    expect(lineInput().trim().min(1).safeParse("\r\n\t").success).toBe(false);
  });
});
