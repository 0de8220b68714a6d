import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NewsroomHeader } from "@/components/newsroom/newsroom-header";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { countUnread } from "@/lib/notifications/list-notifications";
import { getMastheadPerRequest } from "@/lib/public/public-reads";

export async function generateMetadata(): Promise<Metadata> {
  const { name } = await getMastheadPerRequest();
  return {
    title: { default: `编辑部 - ${name}`, template: `%s - 编辑部 - ${name}` },
    robots: { index: false },
  };
}

// The chrome of the newsroom. Pages check access themselves: a layout is not a guard.
export default async function NewsroomLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("/newsroom");
  const [unread, masthead] = await Promise.all([countUnread(db, user), getMastheadPerRequest()]);
  return (
    <div className="min-h-screen bg-gray-50">
      <NewsroomHeader user={user} unread={unread} paper={masthead.name} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </div>
  );
}
