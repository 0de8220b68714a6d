"use client";

import { useRouter } from "next/navigation";
import { markReadAction } from "@/app/(newsroom)/newsroom/notifications/actions";

export function MarkReadButton({ ids, label }: { ids: string[] | "all"; label: string }) {
  const router = useRouter();
  return (
    <button
      type="button"
      onClick={async () => {
        await markReadAction({ ids });
        router.refresh();
      }}
      className="rounded border border-gray-300 bg-white px-2 py-0.5 text-sm hover:border-brand"
    >
      {label}
    </button>
  );
}
