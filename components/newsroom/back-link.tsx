import Link from "next/link";

/** The way back from a newsroom page to the list it was opened from ("← 期刊编排"). */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="mb-2 text-sm">
      <Link href={href} className="text-brand-dark hover:underline">
        ← {children}
      </Link>
    </p>
  );
}
