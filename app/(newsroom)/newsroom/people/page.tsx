import type { Metadata } from "next";
import { CreateUserForm } from "@/components/newsroom/create-user-form";
import { UserRow } from "@/components/newsroom/user-row";
import { isRole } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { requirePermission } from "@/lib/permissions/require-permission";
import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";
import { listUsersWithAudit } from "@/lib/users/list-users";

export const metadata: Metadata = { title: "人员管理" };

// 人员管理 (admins only): accounts, roles, deactivation, password resets, and the audit trail.
export default async function PeoplePage() {
  const user = await requirePermission("/newsroom/people", "users:manage");
  const { users, audit } = await listUsersWithAudit(db, user);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">人员管理</h1>
      <section aria-labelledby="accounts-title">
        <h2 id="accounts-title" className="mb-3 text-lg font-bold">
          账号
        </h2>
        <div className="overflow-x-auto rounded border border-gray-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-gray-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  用户名
                </th>
                <th scope="col" className="px-3 py-2">
                  姓名
                </th>
                <th scope="col" className="px-3 py-2">
                  角色
                </th>
                <th scope="col" className="px-3 py-2">
                  状态
                </th>
                <th scope="col" className="px-3 py-2">
                  操作
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {users.map((row) =>
                isRole(row.role) ? (
                  <UserRow key={row.id} user={{ ...row, role: row.role }} isSelf={row.id === user.id} />
                ) : null,
              )}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="create-title">
        <h2 id="create-title" className="mb-3 text-lg font-bold">
          新建账号
        </h2>
        <CreateUserForm />
      </section>
      <section aria-labelledby="audit-title">
        <h2 id="audit-title" className="mb-3 text-lg font-bold">
          变更记录
        </h2>
        <ol className="divide-y divide-gray-100 rounded border border-gray-200 bg-white text-sm">
          {audit.map((entry) => (
            <li key={entry.id} className="px-3 py-2">
              <time dateTime={entry.createdAt.toISOString()} className="mr-3 text-muted tabular-nums">
                {formatNewsroomTime(entry.createdAt)}
              </time>
              <span className="mr-2 font-medium">{entry.actor?.displayName ?? "系统"}</span>
              {entry.detail}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
