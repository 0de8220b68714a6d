import type { Editor } from "@tiptap/core";

export interface ToolbarItem {
  name: string;
  /** What the button shows. */
  glyph: string;
  /** Its accessible name and tooltip, in Chinese, with the shortcut. */
  label: string;
  run: (editor: Editor) => void;
  isActive?: (editor: Editor) => boolean;
  isEnabled?: (editor: Editor) => boolean;
}

/** The formatting toolbar as data: one entry per button, in display order (groups by `|`). */
export const TOOLBAR_ITEMS: (ToolbarItem | "|")[] = [
  {
    name: "undo",
    glyph: "↶",
    label: "撤销 (Ctrl+Z)",
    run: (e) => e.chain().focus().undo().run(),
    isEnabled: (e) => e.can().undo(),
  },
  {
    name: "redo",
    glyph: "↷",
    label: "重做 (Ctrl+Shift+Z)",
    run: (e) => e.chain().focus().redo().run(),
    isEnabled: (e) => e.can().redo(),
  },
  "|",
  {
    name: "h2",
    glyph: "H2",
    label: "小标题 (Ctrl+Alt+2)",
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
    isActive: (e) => e.isActive("heading", { level: 2 }),
  },
  {
    name: "h3",
    glyph: "H3",
    label: "三级标题 (Ctrl+Alt+3)",
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
    isActive: (e) => e.isActive("heading", { level: 3 }),
  },
  "|",
  {
    name: "bold",
    glyph: "B",
    label: "加粗 (Ctrl+B)",
    run: (e) => e.chain().focus().toggleBold().run(),
    isActive: (e) => e.isActive("bold"),
  },
  {
    name: "italic",
    glyph: "I",
    label: "斜体 (Ctrl+I)",
    run: (e) => e.chain().focus().toggleItalic().run(),
    isActive: (e) => e.isActive("italic"),
  },
  {
    name: "strike",
    glyph: "S",
    label: "删除线 (Ctrl+Shift+S)",
    run: (e) => e.chain().focus().toggleStrike().run(),
    isActive: (e) => e.isActive("strike"),
  },
  "|",
  {
    name: "bulletList",
    glyph: "•≡",
    label: "无序列表 (Ctrl+Shift+8)",
    run: (e) => e.chain().focus().toggleBulletList().run(),
    isActive: (e) => e.isActive("bulletList"),
  },
  {
    name: "orderedList",
    glyph: "1≡",
    label: "有序列表 (Ctrl+Shift+7)",
    run: (e) => e.chain().focus().toggleOrderedList().run(),
    isActive: (e) => e.isActive("orderedList"),
  },
  {
    name: "blockquote",
    glyph: "❝",
    label: "引用 (Ctrl+Shift+B)",
    run: (e) => e.chain().focus().toggleBlockquote().run(),
    isActive: (e) => e.isActive("blockquote"),
  },
  { name: "hr", glyph: "—", label: "分隔线", run: (e) => e.chain().focus().setHorizontalRule().run() },
  "|",
  {
    name: "table",
    glyph: "表格",
    label: "插入表格（3 行 3 列，首行为表头）",
    run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    isActive: (e) => e.isActive("table"),
    isEnabled: (e) => e.can().insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
  },
  // Row and column buttons only do something inside a table; elsewhere they are disabled.
  {
    name: "addRow",
    glyph: "+行",
    label: "在下方插入一行",
    run: (e) => e.chain().focus().addRowAfter().run(),
    isEnabled: (e) => e.can().addRowAfter(),
  },
  {
    name: "deleteRow",
    glyph: "−行",
    label: "删除所在行",
    run: (e) => e.chain().focus().deleteRow().run(),
    isEnabled: (e) => e.can().deleteRow(),
  },
  {
    name: "addColumn",
    glyph: "+列",
    label: "在右侧插入一列",
    run: (e) => e.chain().focus().addColumnAfter().run(),
    isEnabled: (e) => e.can().addColumnAfter(),
  },
  {
    name: "deleteColumn",
    glyph: "−列",
    label: "删除所在列",
    run: (e) => e.chain().focus().deleteColumn().run(),
    isEnabled: (e) => e.can().deleteColumn(),
  },
  {
    name: "deleteTable",
    glyph: "删表",
    label: "删除整个表格",
    run: (e) => e.chain().focus().deleteTable().run(),
    isEnabled: (e) => e.can().deleteTable(),
  },
];
