"use client";

import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";
import type { EditorEvents, JSONContent } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { saveArticleAction } from "@/app/(newsroom)/newsroom/articles/[id]/actions";
import type { SaveResult } from "@/lib/articles/save-article";
import { HEADLINE_MAX, SUBTITLE_MAX } from "@/lib/articles/article-input";
import type { LatestComparison } from "@/lib/articles/compare-with-latest";
import { docToPlainText } from "@/lib/editor/article-doc";
import { cleanPastedHtml } from "@/lib/editor/clean-pasted-html";
import { articleExtensions } from "@/lib/editor/extensions";
import { replaceRefusedContent } from "@/lib/editor/replace-refused-content";
import type { FlaggedTerm } from "@/lib/proofread/flagged-terms";
import { countArticleCharacters } from "@/lib/text/count-characters";
import { TextField } from "@/components/ui/text-field";
import { ConflictPanel } from "./conflict-panel";
import { EditorToolbar } from "./editor-toolbar";
import { ImageControl } from "./image-control";
import { LinkControl } from "./link-control";
import { type EditorSnapshot, localBackup } from "./local-backup";
import { MergeReference } from "./merge-reference";
import { createPasteHandler } from "./paste-images";
import { ProofreadHighlight } from "./proofread-highlight";
import { ProofreadPanel } from "./proofread-panel";
import { RefusedContentPanel } from "./refused-content-panel";
import { ReopenNotice } from "./reopen-notice";
import { useSharedSaveState } from "./save-state-context";
import { SaveStatus } from "./save-status";
import { useAutosave } from "./use-autosave";
import { useCommentAnchors } from "./use-comment-anchors";

export interface ArticleEditorProps {
  articleId: string;
  /** The admin's list of terms for the proofreading checks. */
  terms: FlaggedTerm[];
  version: number;
  updatedAt: string;
  initial: EditorSnapshot;
  sections: { id: string; name: string }[];
  /** The review stage an edit would send the article back to, named (初审…), or null. */
  reopensOnEdit: string | null;
}

// The shared article extensions plus editor-only ones that never reach stored JSON or readers.
const EDITOR_EXTENSIONS = [...articleExtensions, ProofreadHighlight];

const EDITOR_PROPS = {
  attributes: {
    class: "article-body min-h-[24rem] px-6 py-4 focus:outline-none",
    "aria-label": "正文",
    role: "textbox",
    "aria-multiline": "true",
  },
  transformPastedHTML: (html: string) => cleanPastedHtml(html, { siteOrigin: window.location.origin }),
};

/**
 * The article editor, started again from the server's text when the stored version moves on
 * under it while nothing typed here is unsaved: a workflow step or a restored revision (which
 * bump the version), or someone else's save. With unsaved text, the next save meets the
 * conflict instead, and nothing typed is lost either way.
 */
export function ArticleEditor(props: ArticleEditorProps) {
  const bridge = useSharedSaveState();
  const [session, setSession] = useState({ key: 0, props });
  const basedOn = bridge?.version ?? session.props.version;
  if (props !== session.props && props.version > basedOn && (bridge?.state ?? "saved") === "saved") {
    setSession({ key: session.key + 1, props });
  }
  return <EditorSession key={session.key} {...session.props} />;
}

function EditorSession({
  articleId,
  terms,
  version,
  updatedAt,
  initial,
  sections,
  reopensOnEdit,
}: ArticleEditorProps) {
  const router = useRouter();
  // Set when a save of this session reopened a review stage: said at once, and the workflow
  // panel and timeline (server-rendered) are refreshed to show the stage open again.
  const [reopened, setReopened] = useState<string | null>(null);
  const onSaved = useCallback(
    (result: SaveResult) => {
      if (!result.reopenedStage) return;
      setReopened(result.reopenedStage.name);
      router.refresh();
    },
    [router],
  );
  const [headline, setHeadline] = useState(initial.headline);
  const [subtitle, setSubtitle] = useState(initial.subtitle);
  const [sectionId, setSectionId] = useState(initial.sectionId);
  const [charCount, setCharCount] = useState(0);
  const [backup, setBackup] = useState<ReturnType<typeof localBackup.read>>(null);
  const [mergeReference, setMergeReference] = useState<LatestComparison | null>(null);
  // The latest field values for the autosave snapshot, updated in the same handler as state.
  const fields = useRef({ headline, subtitle, sectionId });
  const markDirtyRef = useRef<() => void>(() => {});
  const [pasteNote, setPasteNote] = useState<string | null>(null);
  // Made once: the editor keeps the props it was created with.
  const [editorProps] = useState(() => ({
    ...EDITOR_PROPS,
    handlePaste: createPasteHandler({ articleId, report: setPasteNote }),
  }));

  // The server re-renders this page after each save; the editor keeps its own document, so it
  // is given the first one only and its options stay the same objects across renders.
  const [initialBody] = useState(initial.body);
  const editor = useEditor({
    extensions: EDITOR_EXTENSIONS,
    content: initialBody,
    // Rendered only in the browser: server HTML would not match the editor's DOM.
    immediatelyRender: false,
    editorProps,
    onUpdate: () => markDirtyRef.current(),
  });

  // ProseMirror builds attrs as null-prototype objects, which server actions cannot carry:
  // a JSON round trip turns the document into plain objects.
  const snapshot = useCallback(
    (): EditorSnapshot => ({
      ...fields.current,
      body: JSON.parse(JSON.stringify(editor?.getJSON() ?? initialBody)) as JSONContent,
    }),
    [editor, initialBody],
  );
  const autosave = useAutosave({
    articleId,
    initialVersion: version,
    snapshot,
    save: saveArticleAction,
    onSaved,
  });
  useCommentAnchors(editor);
  useEffect(() => {
    markDirtyRef.current = autosave.markDirty;
  }, [autosave.markDirty]);

  // 字数 by the same rule and from the same text as the stored count (Article.charCount).
  useEffect(() => {
    if (!editor) return;
    const count = () =>
      setCharCount(
        countArticleCharacters({ headline, subtitle, plainText: docToPlainText(editor.getJSON()) }),
      );
    count();
    // Every change of the document, also those that emit no "update": a restored backup or
    // the latest version loaded after a conflict (setContent without emitUpdate).
    const onTransaction = ({ transaction }: EditorEvents["transaction"]) => {
      if (transaction.docChanged) count();
    };
    editor.on("transaction", onTransaction);
    return () => {
      editor.off("transaction", onTransaction);
    };
  }, [editor, headline, subtitle]);

  useEffect(() => {
    const stored = localBackup.read(articleId);
    // The browser's storage exists only after hydration, so the offer appears one render late.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (stored && stored.savedAt > updatedAt) setBackup(stored);
  }, [articleId, updatedAt]);

  useEffect(() => {
    const saveNow = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key === "s") {
        event.preventDefault();
        void autosave.flush();
      }
    };
    window.addEventListener("keydown", saveNow);
    return () => window.removeEventListener("keydown", saveNow);
  }, [autosave]);

  function load(content: EditorSnapshot) {
    setHeadline(content.headline);
    setSubtitle(content.subtitle);
    setSectionId(content.sectionId);
    fields.current = { headline: content.headline, subtitle: content.subtitle, sectionId: content.sectionId };
    editor?.commands.setContent(content.body, { emitUpdate: false });
  }

  function restoreBackup() {
    if (!backup) return;
    // A backup taken while the server refused the text would be refused again, forever.
    load({ ...backup, body: replaceRefusedContent(backup.body) });
    setBackup(null);
    autosave.markDirty();
  }

  function adoptLatest(latest: LatestComparison) {
    load(latest);
    setMergeReference(latest);
    autosave.resolveConflict(latest.version);
  }

  function onField(patch: Partial<typeof fields.current>) {
    fields.current = { ...fields.current, ...patch };
    if (patch.headline !== undefined) setHeadline(patch.headline);
    if (patch.subtitle !== undefined) setSubtitle(patch.subtitle);
    if (patch.sectionId !== undefined) setSectionId(patch.sectionId);
    autosave.markDirty();
  }

  return (
    <div>
      <ReopenNotice before={reopensOnEdit} after={reopened} />
      {backup && (
        <div
          role="alert"
          className="mb-4 flex flex-wrap items-center gap-3 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900"
        >
          <span>发现本机暂存的未保存内容（{formatNewsroomTime(new Date(backup.savedAt))}）。</span>
          <button
            type="button"
            onClick={restoreBackup}
            className="rounded bg-amber-700 px-3 py-1 text-sm text-white"
          >
            恢复
          </button>
          <button
            type="button"
            onClick={() => {
              localBackup.clear(articleId);
              setBackup(null);
            }}
            className="rounded border border-amber-400 px-3 py-1 text-sm"
          >
            丢弃
          </button>
        </div>
      )}
      {autosave.state === "conflict" && (
        <ConflictPanel
          articleId={articleId}
          message={autosave.message ?? ""}
          mine={snapshot}
          onAdoptLatest={adoptLatest}
        />
      )}
      {mergeReference && autosave.state !== "conflict" && (
        <MergeReference comparison={mergeReference} onClose={() => setMergeReference(null)} />
      )}

      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-3">
          <SaveStatus state={autosave.state} />
          {autosave.savedAt && autosave.state === "saved" && (
            <span className="text-xs text-muted">
              保存于 {new Date(autosave.savedAt).toLocaleTimeString("zh-CN", { timeZone: "Asia/Shanghai" })}
            </span>
          )}
          {autosave.message && autosave.state !== "conflict" && (
            <span className="text-sm text-red-800">{autosave.message}</span>
          )}
        </div>
        <div className="flex items-center gap-3 text-sm">
          <span aria-live="off" data-testid="char-count">
            字数 <strong className="tabular-nums">{charCount.toLocaleString("zh-CN")}</strong>
          </span>
          <button
            type="button"
            onClick={() => void autosave.flush()}
            className="rounded border border-gray-300 bg-white px-3 py-1 hover:border-brand"
          >
            立即保存
          </button>
        </div>
      </div>

      <div className="space-y-3 rounded border border-gray-200 bg-white p-4">
        <TextField
          label="标题"
          name="headline"
          value={headline}
          maxLength={HEADLINE_MAX}
          onChange={(event) => onField({ headline: event.target.value })}
          inputClassName="font-serif text-2xl font-bold"
        />
        <TextField
          label="副题"
          name="subtitle"
          value={subtitle}
          maxLength={SUBTITLE_MAX}
          onChange={(event) => onField({ subtitle: event.target.value })}
          inputClassName="font-serif text-lg"
        />
        <div>
          <label htmlFor="section" className="mb-1 block text-sm font-medium">
            栏目
          </label>
          <select
            id="section"
            value={sectionId ?? ""}
            onChange={(event) => onField({ sectionId: event.target.value || null })}
            className="rounded border border-gray-400 bg-white px-3 py-2"
          >
            <option value="">（未选择）</option>
            {sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.name}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="mt-4 rounded border border-gray-200 bg-white">
        {editor ? (
          <>
            <EditorToolbar editor={editor}>
              <span aria-hidden="true" className="mx-1 h-5 w-px bg-gray-300" />
              <LinkControl editor={editor} />
              <ImageControl editor={editor} articleId={articleId} />
            </EditorToolbar>
            {autosave.state === "invalid" && <RefusedContentPanel editor={editor} />}
            {pasteNote && (
              <p
                role="status"
                className="flex items-center justify-between gap-3 border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900"
              >
                <span>{pasteNote}</span>
                <button type="button" onClick={() => setPasteNote(null)} className="shrink-0 underline">
                  知道了
                </button>
              </p>
            )}
            <ProofreadPanel editor={editor} terms={terms} />
            <EditorContent editor={editor} />
          </>
        ) : (
          <p className="p-6 text-muted">正在加载编辑器…</p>
        )}
      </div>
    </div>
  );
}
