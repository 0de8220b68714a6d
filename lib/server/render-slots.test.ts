import { EventEmitter } from "node:events";
import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { createRenderSlots } from "./render-slots";

/** Enough of a response for the slots: its close event, whether it was destroyed, what was sent. */
function fakeResponse() {
  const res = Object.assign(new EventEmitter(), {
    destroyed: false,
    status: 0,
    body: "",
    writeHead(status: number) {
      res.status = status;
      return res;
    },
    end(body: string) {
      res.body = body;
      return res;
    },
  });
  return res;
}
const asResponse = (res: ReturnType<typeof fakeResponse>) => res as unknown as ServerResponse;

describe("render slots", () => {
  it("renders up to the bound at once, queues the next ones and starts them as renders end", () => {
    const slots = createRenderSlots(2, 10);
    const started: number[] = [];
    const responses = Array.from({ length: 4 }, fakeResponse);
    responses.forEach((res, i) => slots.run(asResponse(res), () => started.push(i)));
    expect(started).toEqual([0, 1]);
    responses[0].emit("close");
    expect(started).toEqual([0, 1, 2]);
    responses[2].emit("close");
    expect(started).toEqual([0, 1, 2, 3]);
  });

  it("refuses with 503 what is beyond the queue, and renders nothing for it", () => {
    const slots = createRenderSlots(1, 1);
    const started: number[] = [];
    const responses = Array.from({ length: 3 }, fakeResponse);
    responses.forEach((res, i) => slots.run(asResponse(res), () => started.push(i)));
    expect(started).toEqual([0]);
    expect(responses[2].status).toBe(503);
    expect(responses[2].body).toContain("服务繁忙");
    responses[0].emit("close");
    expect(started).toEqual([0, 1]);
  });

  it("skips a waiting reader who has gone away", () => {
    const slots = createRenderSlots(1, 5);
    const started: number[] = [];
    const responses = Array.from({ length: 3 }, fakeResponse);
    responses.forEach((res, i) => slots.run(asResponse(res), () => started.push(i)));
    responses[1].destroyed = true;
    responses[0].emit("close");
    expect(started).toEqual([0, 2]);
  });
});
