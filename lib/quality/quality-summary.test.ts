import { describe, expect, it } from "vitest";
import { printedAt, splitAtPrint, summarizeQuality } from "./quality-summary";

const counts = {
  characters: 10_000,
  roundsBeforePrint: 0,
  caughtErrors: 0,
  printed: true,
  printErrors: 0,
};

describe("summarizeQuality: 差错率 that does not reward skipping proofreading", () => {
  it("gives an issue without a proof round no caught rate at all, not 万分之0", () => {
    const skipped = summarizeQuality(counts);
    expect(skipped.proofread).toBe(false);
    expect(skipped.caughtRate).toBeNull();
  });

  it("never warns about errors proofreading caught, however many", () => {
    const diligent = summarizeQuality({ ...counts, roundsBeforePrint: 3, caughtErrors: 40 });
    expect(diligent.caughtRate).toBe(40);
    expect(diligent.printRate).toBe(0);
    expect(diligent.overLimit).toBe(false);
  });

  it("warns above 万分之三 of errors that reached print", () => {
    expect(summarizeQuality({ ...counts, roundsBeforePrint: 1, printErrors: 3 }).overLimit).toBe(false);
    const careless = summarizeQuality({ ...counts, characters: 3_009, roundsBeforePrint: 1, printErrors: 1 });
    expect(careless.printRate).toBeCloseTo(3.323, 3);
    expect(careless.overLimit).toBe(true);
    // Skipping proofreading does not hide errors in print either.
    expect(summarizeQuality({ ...counts, printErrors: 4 }).overLimit).toBe(true);
  });

  it("has no print rate before print", () => {
    const planned = summarizeQuality({ ...counts, printed: false, roundsBeforePrint: 1, caughtErrors: 9 });
    expect(planned.printRate).toBeNull();
    expect(planned.overLimit).toBe(false);
  });
});

describe("printedAt and splitAtPrint", () => {
  const now = new Date("2026-11-26T02:00:00Z");
  const past = new Date("2026-11-25T00:00:00Z");
  const future = new Date("2026-11-27T00:00:00Z");

  it("knows when an issue reached readers", () => {
    expect(printedAt({ status: "PLANNING", publishAt: null }, now)).toBeNull();
    expect(printedAt({ status: "SCHEDULED", publishAt: future }, now)).toBeNull();
    expect(printedAt({ status: "SCHEDULED", publishAt: past }, now)).toEqual(past);
    expect(printedAt({ status: "PUBLISHED", publishAt: past }, now)).toEqual(past);
    expect(printedAt({ status: "UNPUBLISHED", publishAt: past }, now)).toEqual(past);
  });

  it("counts a round recorded after print with the errors in print", () => {
    const early = { createdAt: new Date("2026-11-24T00:00:00Z") };
    const late = { createdAt: new Date("2026-11-25T08:00:00Z") };
    expect(splitAtPrint([early, late], past)).toEqual({ before: [early], after: [late] });
    expect(splitAtPrint([early, late], null)).toEqual({ before: [early, late], after: [] });
  });
});
