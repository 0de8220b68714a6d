"use client";

import { type FormEvent, useState } from "react";
import { saveCreditsAction } from "@/app/(newsroom)/newsroom/articles/[id]/actions";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";
import { CREDIT_ROLE_LABELS, CREDIT_ROLES, type CreditRole } from "@/lib/credits/credit-roles";
import type { CreditInput } from "@/lib/credits/credits-input";
import type { CreditView } from "@/lib/credits/find-article-credits";
import { formatByline } from "@/lib/public/byline";

interface CreditsEditorProps {
  articleId: string;
  initial: CreditView[];
  accounts: { id: string; displayName: string }[];
}

const SMALL_BUTTON = "rounded px-1.5 py-0.5 text-sm hover:bg-gray-200 disabled:opacity-30";

/**
 * 署名: who is credited, in byline order. Every change is saved at once as the whole list; a
 * name typed here is the archive's person of that name and role, or a new one.
 */
export function CreditsEditor({ articleId, initial, accounts }: CreditsEditorProps) {
  const [credits, setCredits] = useState(initial);
  // The list shown is the one the server stored: nothing else on the page depends on it.
  const { run, pending, message, fail } = useAction(saveCreditsAction, { refresh: false });

  async function save(next: CreditInput[]): Promise<boolean> {
    const result = await run({ articleId, credits: next });
    if (result.ok) setCredits(result.data);
    return result.ok;
  }

  const stored = (list: CreditView[]): CreditInput[] =>
    list.map((c) => ({ role: c.role, personId: c.personId }));

  function move(index: number, by: -1 | 1) {
    const next = [...credits];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    void save(stored(next));
  }

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const role = String(form.get("role")) as CreditRole;
    const name = String(form.get("name") ?? "").trim();
    if (!name) return fail("请填写署名姓名。");
    // A name that is an account's is that account's person: their byline and search stay one.
    const account = accounts.find((a) => a.displayName === name);
    if (await save([...stored(credits), account ? { role, userId: account.id } : { role, name }]))
      formElement.reset();
  }

  return (
    <div className="space-y-3">
      <p className="rounded bg-gray-50 px-3 py-2 font-serif text-sm" aria-live="polite">
        {credits.length > 0 ? formatByline(credits) : "（暂无署名）"}
      </p>
      <ol className="space-y-1" aria-label="署名顺序">
        {credits.map((credit, index) => (
          <li key={`${credit.personId}-${credit.role}`} className="flex items-center gap-2 text-sm">
            <span className="w-12 shrink-0 text-muted">{CREDIT_ROLE_LABELS[credit.role]}</span>
            <span className="flex-1 font-medium">{credit.name}</span>
            <button
              type="button"
              className={SMALL_BUTTON}
              disabled={pending || index === 0}
              onClick={() => move(index, -1)}
              aria-label={`上移 ${credit.name}`}
            >
              ↑
            </button>
            <button
              type="button"
              className={SMALL_BUTTON}
              disabled={pending || index === credits.length - 1}
              onClick={() => move(index, 1)}
              aria-label={`下移 ${credit.name}`}
            >
              ↓
            </button>
            <button
              type="button"
              className={`${SMALL_BUTTON} text-red-700`}
              disabled={pending}
              onClick={() => void save(stored(credits.filter((_, i) => i !== index)))}
              aria-label={`删除署名 ${credit.name}`}
            >
              删除
            </button>
          </li>
        ))}
      </ol>
      <form onSubmit={add} className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="block font-medium">身份</span>
          <select name="role" className="rounded border border-gray-400 px-2 py-1" defaultValue="REPORTER">
            {CREDIT_ROLES.map((role) => (
              <option key={role} value={role}>
                {CREDIT_ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </label>
        <label className="min-w-0 flex-1 text-sm">
          <span className="block font-medium">姓名（可选本社账号）</span>
          <input
            name="name"
            list="credit-accounts"
            autoComplete="off"
            className="w-full rounded border border-gray-400 px-2 py-1"
          />
        </label>
        <datalist id="credit-accounts">
          {accounts.map((account) => (
            <option key={account.id} value={account.displayName} />
          ))}
        </datalist>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand px-3 py-1 text-sm text-white disabled:opacity-60"
        >
          添加署名
        </button>
      </form>
      <StatusMessage message={message} />
    </div>
  );
}
