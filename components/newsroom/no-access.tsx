import Link from "next/link";

const WORDS = {
  // A page the person's role may not open: nothing is secret about that page existing.
  forbidden: {
    zh: "您的账号没有打开此页面的权限。如需使用，请联系管理员。",
    en: "Your account does not have permission to open this page. Ask an administrator if you need it.",
  },
  // A record they may not see answers exactly as a record that does not exist: the page must
  // not confirm that someone's unpublished draft is there.
  hidden: {
    zh: "此稿件或页面不存在，或者您没有权限查看。",
    en: "It does not exist, or you do not have permission to see it.",
  },
} as const;

/** The newsroom's 没有权限 page, in Chinese and English, with the way back to work. */
export function NoAccess({ kind, role }: { kind: keyof typeof WORDS; role?: string }) {
  const words = WORDS[kind];
  return (
    <section aria-labelledby="no-access-title" className="mx-auto max-w-xl py-12 text-center">
      <h1 id="no-access-title" className="text-2xl font-bold">
        没有权限
        <span lang="en" className="mt-1 block text-base font-normal text-muted">
          No access
        </span>
      </h1>
      <p className="mt-6">{words.zh}</p>
      <p lang="en" className="mt-1 text-sm text-muted">
        {words.en}
      </p>
      {role && <p className="mt-4 text-sm text-muted">当前身份：{role}</p>}
      <p className="mt-8">
        <Link href="/newsroom" className="rounded bg-brand px-5 py-2 text-white hover:bg-brand-dark">
          返回工作台 <span lang="en">· Back to the newsroom</span>
        </Link>
      </p>
    </section>
  );
}
