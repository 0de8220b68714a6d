import { describe, expect, it } from "vitest";
import { errorRate, exceedsLimit, formatRate, roundName } from "./error-rate";

describe("error rate (差错率)", () => {
  it("counts errors per 10,000 characters", () => {
    expect(errorRate(3, 10_000)).toBe(3);
    expect(errorRate(1, 3_009)).toBeCloseTo(3.323, 3);
    expect(errorRate(0, 579)).toBe(0);
    expect(errorRate(2, 0)).toBe(0);
  });

  it("warns only above 万分之三", () => {
    expect(exceedsLimit(errorRate(3, 10_000))).toBe(false);
    expect(exceedsLimit(errorRate(1, 3_009))).toBe(true);
  });

  it("reads as Chinese editors write it", () => {
    expect(formatRate(3.3233)).toBe("万分之3.32");
    expect(formatRate(3)).toBe("万分之3");
    expect(formatRate(0)).toBe("万分之0");
    expect(roundName(1)).toBe("一校");
    expect(roundName(3)).toBe("三校");
    expect(roundName(4)).toBe("第4校");
  });
});
