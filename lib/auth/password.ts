import bcrypt from "bcryptjs";

const COST = 11;

/** Minimum rules for a newsroom password; the same message in the UI and on the server. */
export const PASSWORD_RULE = { min: 8, message: "密码至少需要 8 个字符。" } as const;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
