import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { SetupForm } from "@/components/auth/setup-form";
import { db } from "@/lib/db";
import { needsFirstAdmin } from "@/lib/users/needs-first-admin";

export const metadata: Metadata = { title: "初始设置", robots: { index: false } };

// 初始设置: exists only while there is no account at all; afterwards it is gone for good.
export default async function SetupPage() {
  // Always decided per request: prerendered at build time it would read whatever database was there.
  await connection();
  if (!(await needsFirstAdmin(db))) notFound();
  return (
    <>
      <h1 className="mb-2 text-xl font-bold">创建管理员账号</h1>
      <p className="mb-5 text-sm text-muted">
        系统中还没有任何账号。请输入服务器日志中显示的一次性设置码，创建第一个管理员。
      </p>
      <SetupForm />
    </>
  );
}
