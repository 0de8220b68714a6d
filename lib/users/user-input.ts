import { z } from "zod";
import { PASSWORD_RULE } from "@/lib/auth/password";
import { ROLES } from "@/lib/auth/roles";
import { lineInput } from "@/lib/text/xml-safe-text";

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9_.-]{2,31}$/, "用户名须为 3–32 位小写字母、数字或 _ . -，并以字母开头。");

export const passwordSchema = z
  .string()
  .min(PASSWORD_RULE.min, PASSWORD_RULE.message)
  .max(200, "密码不能超过 200 个字符。");

export const displayNameSchema = lineInput()
  .trim()
  .min(1, "请填写姓名。")
  .max(40, "姓名不能超过 40 个字符。");

export const roleSchema = z.enum(ROLES, { message: "请选择有效的角色。" });

export const newUserSchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  role: roleSchema,
  password: passwordSchema,
});
