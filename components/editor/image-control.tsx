"use client";

import type { Editor } from "@tiptap/core";
import { type FormEvent, useState } from "react";
import { ToolbarPopover } from "./toolbar-popover";
import { uploadImage } from "./upload-image";

/** Uploads an image (PNG/JPEG/WebP/GIF, checked on the server) and inserts it with its alt text. */
export function ImageControl({ editor, articleId }: { editor: Editor; articleId: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function insert(event: FormEvent<HTMLFormElement>, close: () => void) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    const alt = String(form.get("alt") ?? "").trim();
    if (!(file instanceof File) || file.size === 0) return setError("请选择图片文件。");
    if (!alt) return setError("请填写图片说明（替代文字），方便读屏软件用户理解图片。");
    setPending(true);
    try {
      const src = await uploadImage(articleId, file);
      editor.chain().focus().setImage({ src, alt }).run();
      setError(null);
      close();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "上传失败，请稍后再试。");
    } finally {
      setPending(false);
    }
  }

  return (
    <ToolbarPopover glyph="图片" label="插入图片">
      {(close) => (
        <form onSubmit={(event) => insert(event, close)} className="space-y-2">
          <label className="block text-sm font-medium" htmlFor="image-file">
            图片文件（PNG、JPEG、WebP、GIF，不超过 5 MB）
          </label>
          <input id="image-file" name="file" type="file" accept="image/png,image/jpeg,image/webp,image/gif" className="w-full text-sm" />
          <label className="block text-sm font-medium" htmlFor="image-alt">
            图片说明（必填）
          </label>
          <input id="image-alt" name="alt" className="w-full rounded border border-gray-400 px-2 py-1" />
          {error && (
            <p role="alert" className="text-sm text-red-700">
              {error}
            </p>
          )}
          <div className="flex justify-end">
            <button type="submit" disabled={pending} className="rounded bg-brand px-3 py-1 text-sm text-white disabled:opacity-60">
              {pending ? "上传中…" : "插入"}
            </button>
          </div>
        </form>
      )}
    </ToolbarPopover>
  );
}
