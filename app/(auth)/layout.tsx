import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getMastheadPerRequest } from "@/lib/public/public-reads";

export async function generateMetadata(): Promise<Metadata> {
  const { name } = await getMastheadPerRequest();
  return { title: { default: name, template: `%s - ${name}` } };
}

// Sign-in and first-run setup, under the paper's name.
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const { name } = await getMastheadPerRequest();
  return (
    <main id="main" className="flex min-h-screen flex-col items-center justify-center bg-paper px-4 py-12">
      <Link href="/" className="mb-2 font-serif text-4xl font-black tracking-[0.18em] text-brand">
        {name}
      </Link>
      <p className="mb-8 text-muted">编辑部工作平台</p>
      <div className="w-full max-w-sm rounded-lg border border-rule bg-white p-6 shadow-sm">{children}</div>
    </main>
  );
}
