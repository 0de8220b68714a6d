import { AppError } from "@/lib/errors/app-error";

export interface WorkQueueLimits {
  /** Tasks running at once. */
  concurrency: number;
  /** Tasks waiting for a turn; one more is refused with `busyMessage`. */
  maxQueued: number;
  busyMessage: string;
}

/** Runs expensive tasks a few at a time, and refuses work beyond a bounded queue. */
export class WorkQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limits: WorkQueueLimits) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.limits.concurrency) {
      this.running++;
    } else {
      if (this.waiting.length >= this.limits.maxQueued)
        throw new AppError("TOO_MANY_REQUESTS", this.limits.busyMessage);
      // The finishing task hands its slot straight over, so `running` stays counted.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
