"use client";

import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import type { ReactNode } from "react";
import { TOOLBAR_ITEMS, type ToolbarItem } from "./toolbar-items";

const BUTTON =
  "min-w-9 rounded px-2 py-1 text-sm font-semibold hover:bg-gray-200 disabled:opacity-40 aria-pressed:bg-brand aria-pressed:text-white";

function items(): ToolbarItem[] {
  return TOOLBAR_ITEMS.filter((item): item is ToolbarItem => item !== "|");
}

/** The formatting buttons; their pressed/enabled state is read with useEditorState. */
export function EditorToolbar({ editor, children }: { editor: Editor; children?: ReactNode }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      Object.fromEntries(
        items().map((item) => [
          item.name,
          { active: item.isActive?.(e) ?? false, enabled: item.isEnabled?.(e) ?? true },
        ]),
      ),
  });
  return (
    <div
      role="toolbar"
      aria-label="格式"
      className="sticky top-0 z-10 flex flex-wrap items-center gap-1 border-b border-gray-200 bg-white px-2 py-1.5"
    >
      {TOOLBAR_ITEMS.map((item, index) =>
        item === "|" ? (
          <span key={`sep-${index}`} aria-hidden="true" className="mx-1 h-5 w-px bg-gray-300" />
        ) : (
          <button
            key={item.name}
            type="button"
            className={BUTTON}
            title={item.label}
            aria-label={item.label}
            aria-pressed={item.isActive ? state[item.name]?.active : undefined}
            disabled={!state[item.name]?.enabled}
            // Keep the focus and selection in the text: a toolbar click must not take them away.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => item.run(editor)}
          >
            {item.glyph}
          </button>
        ),
      )}
      {children}
    </div>
  );
}
