import type { ServerResponse } from "node:http";

/**
 * Bounds how many reader requests Next renders at once in this process, and how many may wait.
 * Reader pages are kept once rendered, but an address nobody asked for before (a new search, a
 * made-up article address) is rendered per request, and a render holds the process for tens of
 * milliseconds. Without a bound, one client sending distinct searches fills the process with
 * renders and every reader's kept page waits behind them; with it, kept pages are sent between
 * renders, a burst waits its turn, and what is beyond the queue is refused at once (503) instead
 * of slowing everyone.
 */
export interface RenderSlots {
  /** Runs `render` now or when a slot frees; answers 503 when the queue is full. */
  run(res: ServerResponse, render: () => void): void;
}

export function createRenderSlots(concurrent: number, queued: number): RenderSlots {
  let active = 0;
  const waiting: { res: ServerResponse; render: () => void }[] = [];

  function start(res: ServerResponse, render: () => void): void {
    active++;
    // "close" comes after the response is sent, and also when the client goes away mid-render.
    res.once("close", () => {
      active--;
      next();
    });
    render();
  }

  function next(): void {
    while (active < concurrent && waiting.length > 0) {
      const { res, render } = waiting.shift()!;
      // A reader who gave up while waiting needs no render.
      if (!res.destroyed) start(res, render);
    }
  }

  return {
    run(res, render) {
      if (active < concurrent) start(res, render);
      else if (waiting.length < queued) waiting.push({ res, render });
      else
        res
          .writeHead(503, {
            "Content-Type": "text/plain; charset=utf-8",
            "Cache-Control": "no-store",
            "Retry-After": "2",
          })
          .end("503 服务繁忙，请稍后刷新。Too many requests are being served; please retry shortly.");
    },
  };
}
