import { describe, expect, it } from "vitest";
import { WorkQueue } from "./work-queue";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("WorkQueue", () => {
  it("runs one task at a time, in order, and refuses work beyond the queue", async () => {
    const queue = new WorkQueue({ concurrency: 1, maxQueued: 2, busyMessage: "忙" });
    const started: number[] = [];
    const gates = [deferred(), deferred(), deferred()];
    const runs = gates.map((gate, i) =>
      queue.run(async () => {
        started.push(i);
        await gate.promise;
        return i;
      }),
    );
    await expect(queue.run(async () => 99)).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "忙",
    });
    await Promise.resolve();
    expect(started).toEqual([0]);
    gates[0].resolve();
    await runs[0];
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    gates[1].resolve();
    gates[2].resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(await queue.run(async () => "again")).toBe("again");
  });

  it("frees the slot when a task fails", async () => {
    const queue = new WorkQueue({ concurrency: 1, maxQueued: 0, busyMessage: "忙" });
    await expect(queue.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await queue.run(async () => 1)).toBe(1);
  });
});
