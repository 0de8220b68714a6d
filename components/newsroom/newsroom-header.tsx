import Link from "next/link";
import { ROLE_LABELS, type SessionUser } from "@/lib/auth/roles";
import { roleCan } from "@/lib/permissions/policy";
import { NotificationBadge } from "./notification-badge";
import { SignOutButton } from "./sign-out-button";

interface NewsroomHeaderProps {
  user: SessionUser;
  unread: number;
  /** The paper's name (报纸名称). */
  paper: string;
}

/** The newsroom's top bar: where staff can go, given their role, and who is signed in. */
export function NewsroomHeader({ user, unread, paper }: NewsroomHeaderProps) {
  const links = [
    { href: "/newsroom", label: "我的稿件", show: roleCan(user, "article:create") },
    { href: "/newsroom/planning", label: "选题派稿", show: roleCan(user, "pitch:view") },
    { href: "/newsroom/review", label: "待审稿件", show: roleCan(user, "review:queue") },
    { href: "/newsroom/issues", label: "期刊编排", show: roleCan(user, "issue:view") },
    { href: "/newsroom/calendar", label: "编辑日历", show: roleCan(user, "issue:view") },
    { href: "/newsroom/quality", label: "质量统计", show: roleCan(user, "issue:view") },
    { href: "/newsroom/search", label: "稿件搜索", show: true },
    { href: "/newsroom/people", label: "人员管理", show: roleCan(user, "users:manage") },
    { href: "/newsroom/settings", label: "出版设置", show: roleCan(user, "settings:manage") },
    { href: "/", label: "查看网站", show: true },
  ].filter((link) => link.show);
  return (
    <header className="bg-brand-dark text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:px-3 focus:py-2 focus:text-ink"
      >
        跳到正文
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <Link href="/newsroom" className="font-serif text-xl font-black tracking-widest">
            {paper} · 编辑部
          </Link>
          <nav aria-label="编辑部导航" className="flex flex-wrap gap-1">
            {links.map((link) => (
              <Link
                key={link.href}
                href={link.href}
                className="rounded px-3 py-1 whitespace-nowrap hover:bg-white/15"
              >
                {link.label}
              </Link>
            ))}
          </nav>
        </div>
        <div className="flex items-center gap-3 text-sm">
          <NotificationBadge initial={unread} />
          <span>
            {user.displayName}
            <span className="ml-1 rounded bg-white/20 px-1.5 py-0.5 text-xs">{ROLE_LABELS[user.role]}</span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
