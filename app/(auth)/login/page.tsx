import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/auth/safe-return-path";

export const metadata: Metadata = { title: "登录", robots: { index: false } };

interface LoginPageProps {
  searchParams: Promise<{ next?: string | string[] }>;
}

// 登录: staff sign in here; someone already signed in goes straight on.
export default async function LoginPage({ searchParams }: LoginPageProps) {
  const next = safeReturnPath((await searchParams).next);
  if (await getCurrentUser()) redirect(next);
  return (
    <>
      <h1 className="mb-5 text-xl font-bold">登录编辑部</h1>
      <LoginForm next={next} />
    </>
  );
}
