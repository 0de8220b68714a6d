import type { Database } from "@/lib/db";
import type { LoginScope } from "@/lib/generated/prisma/enums";
import type { Clock } from "@/lib/time/clock";

export interface ThrottleLimits {
  /** Failures allowed within the window before sign-in is refused. */
  maxFailures: number;
  windowMs: number;
}

/**
 * Counts failed sign-ins per key (an account name and address, or an address) in a sliding
 * window. Stored in the database, not in memory: `npm start` runs several server processes,
 * and each would otherwise count only the attempts that happened to reach it.
 */
export class LoginThrottle {
  constructor(
    private readonly db: Database,
    /** Which limit this is; each keeps its own counts. */
    private readonly scope: LoginScope,
    private readonly limits: ThrottleLimits,
    private readonly clock: Clock,
  ) {}

  /** Milliseconds until the key may try again; 0 when it may try now. */
  async retryAfterMs(key: string): Promise<number> {
    const now = this.clock().getTime();
    const recent = await this.db.loginFailure.findMany({
      where: { scope: this.scope, key, at: { gt: new Date(now - this.limits.windowMs) } },
      orderBy: { at: "desc" },
      take: this.limits.maxFailures,
      select: { at: true },
    });
    if (recent.length < this.limits.maxFailures) return 0;
    return Math.max(0, recent[recent.length - 1].at.getTime() + this.limits.windowMs - now);
  }

  async recordFailure(key: string): Promise<void> {
    const now = this.clock();
    await this.db.$transaction([
      this.db.loginFailure.deleteMany({
        where: { scope: this.scope, at: { lte: new Date(now.getTime() - this.limits.windowMs) } },
      }),
      this.db.loginFailure.create({ data: { scope: this.scope, key, at: now } }),
    ]);
  }

  async reset(key: string): Promise<void> {
    await this.db.loginFailure.deleteMany({ where: { scope: this.scope, key } });
  }
}
