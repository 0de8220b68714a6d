"use client";

import type { Editor } from "@tiptap/core";
import { NodeSelection, TextSelection } from "@tiptap/pm/state";
import type { Node as PMNode } from "@tiptap/pm/model";
import { useEditorState } from "@tiptap/react";
import { type DocProblem, findDocProblems } from "@/lib/editor/find-doc-problems";

interface Place {
  from: number;
  to: number;
  node: PMNode;
}

/** Where the problem is in the editor: the nth image, or the nth linked run of text, as findDocProblems counts them. */
function locate(doc: PMNode, problem: DocProblem): Place | null {
  let seen = 0;
  let place: Place | null = null;
  doc.descendants((node, pos) => {
    if (place) return false;
    const counts =
      problem.kind === "link"
        ? node.isText && node.marks.some((mark) => mark.type.name === "link")
        : node.type.name === "image";
    if (counts && ++seen === problem.ordinal) place = { from: pos, to: pos + node.nodeSize, node };
    return !place;
  });
  return place;
}

function show(editor: Editor, place: Place): void {
  const { state, view } = editor;
  const selection = place.node.isText
    ? TextSelection.create(state.doc, place.from, place.to)
    : NodeSelection.create(state.doc, place.from);
  view.dispatch(state.tr.setSelection(selection).scrollIntoView());
  view.focus();
}

/** The one-click fix of each kind of refusal. */
function fix(editor: Editor, problem: DocProblem, place: Place): void {
  const { state, view } = editor;
  if (problem.kind === "link") {
    view.dispatch(state.tr.removeMark(place.from, place.to, state.schema.marks.link));
    return;
  }
  if (problem.kind === "imageAlt") {
    const alt = window.prompt("请填写这张图片的替代文字（供读屏软件朗读）：")?.trim();
    if (alt) view.dispatch(state.tr.setNodeMarkup(place.from, undefined, { ...place.node.attrs, alt }));
    return;
  }
  // The spot stays marked 请重新上传此图片, so that the picture can be uploaded there again.
  const placeholder = state.schema.nodes.imagePlaceholder!.create({ alt: place.node.attrs.alt ?? "" });
  view.dispatch(state.tr.replaceWith(place.from, place.to, placeholder));
}

const FIX_LABELS: Record<DocProblem["kind"], string> = {
  imageSource: "移除此图片",
  imageAlt: "填写替代文字",
  link: "移除此链接",
};

/**
 * Shown while the server refuses the text: each refused image or link by name, with a way to
 * find it and a one-click fix. The fix is an ordinary edit, so autosave tries again at once.
 */
export function RefusedContentPanel({ editor }: { editor: Editor }) {
  const problems = useEditorState({ editor, selector: ({ editor: e }) => findDocProblems(e.getJSON()) });
  if (problems.length === 0) return null;
  return (
    <section
      role="alert"
      aria-labelledby="refused-title"
      className="border-b border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900"
    >
      <h2 id="refused-title" className="font-bold">
        以下内容无法保存，请处理后自动重新保存：
      </h2>
      <ul className="mt-2 space-y-2">
        {problems.map((problem) => (
          <li key={`${problem.kind}-${problem.ordinal}`} className="flex flex-wrap items-center gap-2">
            <span className="min-w-0 flex-1">{problem.message}</span>
            <button
              type="button"
              className="rounded border border-red-300 bg-white px-2 py-0.5"
              onClick={() => {
                const place = locate(editor.state.doc, problem);
                if (place) show(editor, place);
              }}
            >
              定位
            </button>
            <button
              type="button"
              className="rounded bg-red-700 px-2 py-0.5 text-white"
              onClick={() => {
                const place = locate(editor.state.doc, problem);
                if (place) fix(editor, problem, place);
              }}
            >
              {FIX_LABELS[problem.kind]}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
