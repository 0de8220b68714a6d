import { describe, expect, it } from "vitest";
import { firstParam } from "./first-param";

describe("firstParam", () => {
  it("reads a repeated, single or missing parameter as one string", () => {
    expect(firstParam(["a", "b"])).toBe("a");
    expect(firstParam("a")).toBe("a");
    expect(firstParam(undefined)).toBe("");
    expect(firstParam([])).toBe("");
  });
});
