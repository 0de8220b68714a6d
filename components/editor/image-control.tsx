"use client";

import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { type FormEvent, useState } from "react";
import { ToolbarPopover } from "./toolbar-popover";
import { uploadImage } from "./upload-image";

interface PhotoText {
  alt: string;
  caption: string;
  credit: string;
}

const field = (form: FormData, name: keyof PhotoText) => String(form.get(name) ?? "").trim();

/** Alt text (required), 图片说明 and 摄影: the same three fields when inserting and when editing. */
function PhotoTextFields({ initial }: { initial: PhotoText }) {
  return (
    <>
      <label className="block text-sm font-medium" htmlFor="image-alt">
        替代文字（必填，供读屏软件朗读）
      </label>
      <input
        id="image-alt"
        name="alt"
        defaultValue={initial.alt}
        className="w-full rounded border border-gray-400 px-2 py-1"
      />
      <label className="block text-sm font-medium" htmlFor="image-caption">
        图片说明（显示在图片下方）
      </label>
      <textarea
        id="image-caption"
        name="caption"
        rows={2}
        defaultValue={initial.caption}
        className="w-full rounded border border-gray-400 px-2 py-1"
      />
      <label className="block text-sm font-medium" htmlFor="image-credit">
        摄影
      </label>
      <input
        id="image-credit"
        name="credit"
        defaultValue={initial.credit}
        className="w-full rounded border border-gray-400 px-2 py-1"
      />
    </>
  );
}

/**
 * 图片: with no image selected, uploads one (PNG/JPEG/WebP/GIF, checked on the server) and
 * inserts it; with an image selected, edits its alt text, caption and credit.
 */
export function ImageControl({ editor, articleId }: { editor: Editor; articleId: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const selected = useEditorState({
    editor,
    selector: ({ editor: e }): PhotoText | null => {
      if (!e.isActive("image")) return null;
      const attrs = e.getAttributes("image");
      return {
        alt: String(attrs.alt ?? ""),
        caption: String(attrs.caption ?? ""),
        credit: String(attrs.credit ?? ""),
      };
    },
  });

  async function insert(event: FormEvent<HTMLFormElement>, close: () => void) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    const text = { alt: field(form, "alt"), caption: field(form, "caption"), credit: field(form, "credit") };
    if (!(file instanceof File) || file.size === 0) return setError("请选择图片文件。");
    if (!text.alt) return setError("请填写替代文字，方便读屏软件用户理解图片。");
    setPending(true);
    try {
      const { src, width, height } = await uploadImage(articleId, file);
      editor
        .chain()
        .focus()
        .insertContent({
          type: "image",
          attrs: { src, width: width || null, height: height || null, ...text },
        })
        .run();
      setError(null);
      close();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "上传失败，请稍后再试。");
    } finally {
      setPending(false);
    }
  }

  function update(event: FormEvent<HTMLFormElement>, close: () => void) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = { alt: field(form, "alt"), caption: field(form, "caption"), credit: field(form, "credit") };
    if (!text.alt) return setError("请填写替代文字，方便读屏软件用户理解图片。");
    editor.chain().focus().updateAttributes("image", text).run();
    setError(null);
    close();
  }

  const errorLine = error && (
    <p role="alert" className="text-sm text-red-700">
      {error}
    </p>
  );

  return (
    <ToolbarPopover glyph={selected ? "图片说明" : "图片"} label={selected ? "编辑图片说明" : "插入图片"}>
      {(close) =>
        selected ? (
          <form onSubmit={(event) => update(event, close)} className="space-y-2">
            <PhotoTextFields initial={selected} />
            {errorLine}
            <div className="flex justify-end">
              <button type="submit" className="rounded bg-brand px-3 py-1 text-sm text-white">
                保存图片说明
              </button>
            </div>
          </form>
        ) : (
          <form onSubmit={(event) => insert(event, close)} className="space-y-2">
            <label className="block text-sm font-medium" htmlFor="image-file">
              图片文件（PNG、JPEG、WebP、GIF，不超过 5 MB）
            </label>
            <input
              id="image-file"
              name="file"
              type="file"
              accept="image/png,image/jpeg,image/webp,image/gif"
              className="w-full text-sm"
            />
            <PhotoTextFields initial={{ alt: "", caption: "", credit: "" }} />
            {errorLine}
            <div className="flex justify-end">
              <button
                type="submit"
                disabled={pending}
                className="rounded bg-brand px-3 py-1 text-sm text-white disabled:opacity-60"
              >
                {pending ? "上传中…" : "插入"}
              </button>
            </div>
          </form>
        )
      }
    </ToolbarPopover>
  );
}
