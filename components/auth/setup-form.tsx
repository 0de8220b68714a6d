"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { createFirstAdminAction } from "@/app/(auth)/setup/actions";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";
import { TextField } from "@/components/ui/text-field";

export function SetupForm() {
  const router = useRouter();
  const { run, pending, message, fail } = useAction(createFirstAdminAction, { refresh: false });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (form.get("password") !== form.get("confirm")) {
      fail("两次输入的密码不一致。");
      return;
    }
    const result = await run({
      code: String(form.get("code") ?? ""),
      username: String(form.get("username") ?? ""),
      displayName: String(form.get("displayName") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    if (result.ok) router.replace("/login?next=/newsroom/people");
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <TextField label="设置码" name="code" autoComplete="one-time-code" required />
      <TextField
        label="用户名"
        name="username"
        autoComplete="username"
        hint="3–32 位小写字母、数字或 _ . -"
        required
      />
      <TextField label="姓名" name="displayName" autoComplete="name" required />
      <TextField
        label="密码"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="至少 8 个字符"
        required
      />
      <TextField label="确认密码" name="confirm" type="password" autoComplete="new-password" required />
      <StatusMessage message={message} />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {pending ? "正在创建…" : "创建管理员"}
      </button>
    </form>
  );
}
