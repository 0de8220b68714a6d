"use client";

import type { FormEvent } from "react";
import { createUserAction } from "@/app/(newsroom)/newsroom/people/actions";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";
import { TextField } from "@/components/ui/text-field";
import type { Role } from "@/lib/auth/roles";
import { RoleOptions } from "./role-options";

export function CreateUserForm() {
  const { run, pending, message } = useAction(createUserAction);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const username = String(form.get("username") ?? "");
    const result = await run(
      {
        username,
        displayName: String(form.get("displayName") ?? ""),
        role: String(form.get("role")) as Role,
        password: String(form.get("password") ?? ""),
      },
      { success: `已创建账号 ${username.trim().toLowerCase()}。` },
    );
    if (result.ok) formElement.reset();
  }

  return (
    <form
      onSubmit={onSubmit}
      className="grid gap-3 rounded border border-gray-200 bg-white p-4 sm:grid-cols-2"
      noValidate
    >
      <TextField label="用户名" name="username" autoComplete="off" hint="3–32 位小写字母、数字或 _ . -" />
      <TextField label="姓名" name="displayName" autoComplete="off" />
      <div>
        <label htmlFor="new-role" className="mb-1 block text-sm font-medium">
          角色
        </label>
        <select
          id="new-role"
          name="role"
          defaultValue="REPORTER"
          className="w-full rounded border border-gray-400 bg-white px-3 py-2"
        >
          <RoleOptions />
        </select>
      </div>
      <TextField
        label="初始密码"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="至少 8 个字符"
      />
      <div className="sm:col-span-2">
        <StatusMessage message={message} className="mb-2" />
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
        >
          创建账号
        </button>
      </div>
    </form>
  );
}
