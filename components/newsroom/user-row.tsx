"use client";

import { updateUserAction } from "@/app/(newsroom)/newsroom/people/actions";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";
import type { Role } from "@/lib/auth/roles";
import { RoleOptions } from "./role-options";

export interface UserRowData {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
}

type Change = Parameters<typeof updateUserAction>[0]["change"];

/** One account in the people table, with its role, status and password controls. */
export function UserRow({ user, isSelf }: { user: UserRowData; isSelf: boolean }) {
  const { run, pending, message } = useAction(updateUserAction);

  async function apply(change: Change, done: string) {
    await run({ userId: user.id, change }, { success: done });
  }

  function resetPassword() {
    const password = window.prompt(`为 ${user.username} 设置新密码（至少 8 个字符）：`);
    if (password) void apply({ kind: "password", password }, "密码已重置，该用户需重新登录。");
  }

  return (
    <tr className={user.active ? "" : "bg-gray-50 text-gray-500"}>
      <td className="px-3 py-2 font-mono">{user.username}</td>
      <td className="px-3 py-2">{user.displayName}</td>
      <td className="px-3 py-2">
        <label className="sr-only" htmlFor={`role-${user.id}`}>
          {user.username} 的角色
        </label>
        <select
          id={`role-${user.id}`}
          value={user.role}
          onChange={(event) => void apply({ kind: "role", role: event.target.value as Role }, "角色已更新。")}
          className="rounded border border-gray-400 bg-white px-2 py-1"
        >
          <RoleOptions />
        </select>
      </td>
      <td className="px-3 py-2">{user.active ? "正常" : "已停用"}</td>
      <td className="px-3 py-2">
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            disabled={(isSelf && user.active) || pending}
            onClick={() =>
              void apply(
                { kind: "active", active: !user.active },
                user.active ? "账号已停用。" : "账号已启用。",
              )
            }
            className="rounded border border-gray-300 px-2 py-0.5 hover:border-brand disabled:opacity-40"
          >
            {user.active ? "停用" : "启用"}
            <span className="sr-only"> {user.username}</span>
          </button>
          <button
            type="button"
            onClick={resetPassword}
            className="rounded border border-gray-300 px-2 py-0.5 hover:border-brand"
          >
            重置密码<span className="sr-only"> {user.username}</span>
          </button>
        </div>
        <StatusMessage message={message} className="mt-1" />
      </td>
    </tr>
  );
}
