import type { Clock } from "@/lib/time/clock";

export interface ThrottleLimits {
  /** Failures allowed within the window before sign-in is refused. */
  maxFailures: number;
  windowMs: number;
}

/**
 * Counts failed sign-ins per key (an account name or a client address) in a sliding window.
 * In memory: one newsroom server process. A second instance would need a shared store.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: ThrottleLimits,
    private readonly clock: Clock,
  ) {}

  private recent(key: string): number[] {
    const since = this.clock().getTime() - this.limits.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length > 0) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Milliseconds until the key may try again; 0 when it may try now. */
  retryAfterMs(key: string): number {
    const list = this.recent(key);
    if (list.length < this.limits.maxFailures) return 0;
    return list[list.length - this.limits.maxFailures] + this.limits.windowMs - this.clock().getTime();
  }

  recordFailure(key: string): void {
    this.failures.set(key, [...this.recent(key), this.clock().getTime()]);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }
}
