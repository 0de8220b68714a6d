"use client";

import type { FormEvent } from "react";
import { setMastheadAction } from "@/app/(newsroom)/newsroom/settings/actions";
import { StatusMessage } from "@/components/ui/status-message";
import { TextField } from "@/components/ui/text-field";
import { useAction } from "@/components/ui/use-action";
import type { Masthead } from "@/lib/settings/publication-settings";

/** 报头信息: the paper's names, sponsor, issuing unit, licence number, internal-material flag. */
export function MastheadForm({ masthead }: { masthead: Masthead }) {
  const { run, pending, message } = useAction(setMastheadAction, { success: "报头信息已保存。" });
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await run({
      name: String(form.get("name") ?? ""),
      englishName: String(form.get("englishName") ?? ""),
      sponsor: String(form.get("sponsor") ?? ""),
      publisher: String(form.get("publisher") ?? ""),
      licence: String(form.get("licence") ?? ""),
      internal: form.get("internal") === "on",
    });
  }
  return (
    <form onSubmit={submit} className="space-y-3 rounded border border-gray-200 bg-white p-4">
      <h2 className="font-bold">报头信息</h2>
      <TextField
        label="报纸名称"
        name="name"
        defaultValue={masthead.name}
        hint="网站每一页的报头、标题、页脚，RSS 和编辑部页面都显示此名称；修改后全站页面随即更新。"
      />
      <TextField
        label="英文名称（英文界面）"
        name="englishName"
        defaultValue={masthead.englishName}
        lang="en"
        hint="English interface: page titles and the footer."
      />
      <TextField label="主办单位" name="sponsor" defaultValue={masthead.sponsor} />
      <TextField label="出版单位" name="publisher" defaultValue={masthead.publisher} />
      <TextField label="准印证号 / 刊号" name="licence" defaultValue={masthead.licence} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="internal" defaultChecked={masthead.internal} />
        标注“内部资料 免费交流”
      </label>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-4 py-1.5 text-white hover:bg-brand-dark disabled:opacity-60"
      >
        保存报头信息
      </button>
      <StatusMessage message={message} />
    </form>
  );
}
