import type { Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    user?: { id: string; role: Role; sessionVersion: number };
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: string;
    sv?: number;
  }
}
