import { describe, expect, it } from "vitest";
import { inReadingOrder } from "./reading-order";

describe("inReadingOrder", () => {
  it("follows the planner: section order first, then position, unsectioned last", () => {
    const articles = [
      { id: "a", position: 1, section: { position: 2 } },
      { id: "b", position: 2, section: { position: 1 } },
      { id: "c", position: 0, section: null },
      { id: "d", position: 3, section: { position: 1 } },
      { id: "e", position: 0, section: { position: 2 } },
    ];
    expect(inReadingOrder(articles).map((a) => a.id)).toEqual(["b", "d", "e", "a", "c"]);
  });
});
