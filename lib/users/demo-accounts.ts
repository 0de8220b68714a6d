import type { Role } from "@/lib/auth/roles";
import { env } from "@/lib/env";

/** Shared password of the demo accounts: DEMO_PASSWORD, by default zhongyuan-demo (see README). */
export function demoPassword(): string {
  return env().DEMO_PASSWORD;
}

export function isDemoMode(): boolean {
  return env().NEWSROOM_DEMO;
}

export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role }[] = [
  { username: "reporter", displayName: "张明", role: "REPORTER" },
  { username: "reporter2", displayName: "李华", role: "REPORTER" },
  { username: "editor", displayName: "王芳", role: "EDITOR" },
  { username: "editor2", displayName: "赵强", role: "EDITOR" },
  { username: "chief", displayName: "陈静", role: "CHIEF_EDITOR" },
  { username: "admin", displayName: "系统管理员", role: "ADMIN" },
];
