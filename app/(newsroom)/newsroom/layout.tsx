import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NewsroomHeader } from "@/components/newsroom/newsroom-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { countUnread } from "@/lib/notifications/list-notifications";
import { getMastheadPerRequest } from "@/lib/public/public-reads";
import { newsroomTitle } from "./newsroom-title";

export async function generateMetadata(): Promise<Metadata> {
  const { name } = await getMastheadPerRequest();
  return {
    title: { default: `编辑部 - ${name}`, template: newsroomTitle("%s", name) },
    robots: { index: false },
  };
}

// The chrome of the newsroom. Pages check access themselves: a layout is not a guard. Nor does
// it send someone not signed in to sign in: it cannot know the page's address, and its redirect
// would win over the page's, so that after signing in everyone landed on 我的稿件 instead of
// the article or preview they had opened (e2e/security/newsroom-sign-in.spec.ts).
export default async function NewsroomLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) return <main id="main">{children}</main>;
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
