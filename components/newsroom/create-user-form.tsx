"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { createUserAction } from "@/app/(newsroom)/newsroom/people/actions";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import type { Role } from "@/lib/auth/roles";
import { RoleOptions } from "./role-options";

export function CreateUserForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = await createUserAction({
      username: String(form.get("username") ?? ""),
      displayName: String(form.get("displayName") ?? ""),
      role: String(form.get("role")) as Role,
      password: String(form.get("password") ?? ""),
    });
    if (!result.ok) {
      setDone(null);
      return setError(result.error);
    }
    setError(null);
    setDone(`已创建账号 ${String(form.get("username")).trim().toLowerCase()}。`);
    formElement.reset();
    router.refresh();
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
        <FormError message={error} />
        {done && (
          <p role="status" className="mb-2 text-sm text-green-800">
            {done}
          </p>
        )}
        <button
          type="submit"
          className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark"
        >
          创建账号
        </button>
      </div>
    </form>
  );
}
