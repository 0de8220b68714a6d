import type { Role } from "@/lib/auth/roles";

/** Shared password of the demo accounts unless DEMO_PASSWORD says otherwise (see README). */
export const DEFAULT_DEMO_PASSWORD = "zhongyuan-demo";

export function demoPassword(): string {
  return process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
}

export function isDemoMode(): boolean {
  return process.env.NEWSROOM_DEMO === "1";
}

export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role }[] = [
  { username: "reporter", displayName: "张明", role: "REPORTER" },
  { username: "reporter2", displayName: "李华", role: "REPORTER" },
  { username: "editor", displayName: "王芳", role: "EDITOR" },
  { username: "editor2", displayName: "赵强", role: "EDITOR" },
  { username: "chief", displayName: "陈静", role: "CHIEF_EDITOR" },
  { username: "admin", displayName: "系统管理员", role: "ADMIN" },
];
