"use client";

import type { Editor } from "@tiptap/core";
import type { Mark, Node } from "@tiptap/pm/model";
import { useEffect } from "react";
import { useCommentBridge } from "./comment-bridge";

/** Longest passage a comment quotes (the rest of a long selection is still anchored). */
const QUOTE_MAX = 200;

function anchorsIn(doc: Node): Set<string> {
  const ids = new Set<string>();
  doc.descendants((node) => {
    for (const mark of node.marks) if (mark.type.name === "commentAnchor") ids.add(String(mark.attrs.id));
  });
  return ids;
}

/** Every stretch of text carrying the anchor, with the mark itself. */
function stretches(doc: Node, id: string): { from: number; to: number; mark: Mark }[] {
  const found: { from: number; to: number; mark: Mark }[] = [];
  doc.descendants((node, pos) => {
    const mark = node.marks.find((m) => m.type.name === "commentAnchor" && m.attrs.id === id);
    if (mark) found.push({ from: pos, to: pos + node.nodeSize, mark });
  });
  return found;
}

/** The editor's side of the 批注 bridge: anchors on selected words, what anchors remain, showing one. */
export function useCommentAnchors(editor: Editor | null) {
  const bridge = useCommentBridge();
  const setAnchors = bridge?.setAnchors;
  const setSelection = bridge?.setSelection;
  const registerCommenter = bridge?.registerCommenter;

  useEffect(() => {
    if (!editor || !setAnchors || !setSelection || !registerCommenter) return;
    const publishAnchors = () => setAnchors(anchorsIn(editor.state.doc));
    const publishSelection = () => {
      const { from, to, empty } = editor.state.selection;
      setSelection(empty ? null : editor.state.doc.textBetween(from, to, " ").trim() || null);
    };
    publishAnchors();
    editor.on("update", publishAnchors);
    editor.on("selectionUpdate", publishSelection);
    const unregister = registerCommenter({
      anchor: (id) => {
        const { from, to, empty } = editor.state.selection;
        const text = editor.state.doc.textBetween(from, to, " ").trim();
        if (empty || !text) return null;
        const mark = editor.schema.marks.commentAnchor.create({ id });
        editor.view.dispatch(editor.state.tr.addMark(from, to, mark));
        return text.slice(0, QUOTE_MAX);
      },
      unanchor: (id) => {
        const tr = editor.state.tr;
        for (const { from, to, mark } of stretches(editor.state.doc, id)) tr.removeMark(from, to, mark);
        editor.view.dispatch(tr);
      },
      reveal: (id) => {
        const found = stretches(editor.state.doc, id);
        if (found.length === 0) return false;
        editor
          .chain()
          .focus()
          .setTextSelection({ from: found[0].from, to: found[found.length - 1].to })
          .scrollIntoView()
          .run();
        return true;
      },
    });
    return () => {
      editor.off("update", publishAnchors);
      editor.off("selectionUpdate", publishSelection);
      unregister();
      setAnchors(null);
      setSelection(null);
    };
  }, [editor, setAnchors, setSelection, registerCommenter]);
}
