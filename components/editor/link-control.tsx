"use client";

import type { Editor } from "@tiptap/core";
import { type FormEvent, useState } from "react";
import { isSafeLinkHref } from "@/lib/editor/safe-url";
import { ToolbarPopover } from "./toolbar-popover";

/** `www.example.cn` → `https://www.example.cn`; anything with a scheme is left for the check. */
function normalizeHref(input: string): string {
  const trimmed = input.trim();
  return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

export function LinkControl({ editor }: { editor: Editor }) {
  const [error, setError] = useState<string | null>(null);

  function apply(event: FormEvent<HTMLFormElement>, close: () => void) {
    event.preventDefault();
    const href = normalizeHref(String(new FormData(event.currentTarget).get("href") ?? ""));
    if (!isSafeLinkHref(href)) {
      setError("只允许 http、https 或 mailto 链接。");
      return;
    }
    const chain = editor.chain().focus().extendMarkRange("link");
    if (editor.state.selection.empty && !editor.isActive("link"))
      chain.insertContent({ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] }).run();
    else chain.setLink({ href }).run();
    setError(null);
    close();
  }

  return (
    <ToolbarPopover glyph="链接" label="链接">
      {(close) => (
        <form onSubmit={(event) => apply(event, close)} className="space-y-2">
          <label className="block text-sm font-medium" htmlFor="link-href">
            链接地址
          </label>
          <input
            id="link-href"
            name="href"
            autoFocus
            defaultValue={String(editor.getAttributes("link").href ?? "")}
            placeholder="https://"
            className="w-full rounded border border-gray-400 px-2 py-1"
          />
          {error && (
            <p role="alert" className="text-sm text-red-700">
              {error}
            </p>
          )}
          <div className="flex justify-end gap-2">
            {editor.isActive("link") && (
              <button
                type="button"
                className="rounded border border-gray-300 px-3 py-1 text-sm"
                onClick={() => {
                  editor.chain().focus().extendMarkRange("link").unsetLink().run();
                  close();
                }}
              >
                移除链接
              </button>
            )}
            <button type="submit" className="rounded bg-brand px-3 py-1 text-sm text-white">
              应用
            </button>
          </div>
        </form>
      )}
    </ToolbarPopover>
  );
}
