"use client";

import { type ReactNode, createContext, useCallback, useContext, useMemo, useRef, useState } from "react";

/** What the editor does for the 批注 panel beside it. */
export interface Commenter {
  /** Puts an anchor with this id on the selected words; returns them, or null without a selection. */
  anchor: (id: string) => string | null;
  /** Takes the anchor away again (the comment could not be stored). */
  unanchor: (id: string) => void;
  /** Selects and shows the anchored words; false when they are gone. */
  reveal: (id: string) => boolean;
}

interface CommentBridge {
  /** The anchors in the editor's document now; null when the page has no editor. */
  anchors: ReadonlySet<string> | null;
  setAnchors: (ids: ReadonlySet<string> | null) => void;
  /** The words selected in the editor, which a new comment would be about. */
  selection: string | null;
  setSelection: (text: string | null) => void;
  registerCommenter: (commenter: Commenter) => () => void;
  commenter: () => Commenter | null;
}

const CommentBridgeContext = createContext<CommentBridge | null>(null);

const sameSet = (a: ReadonlySet<string> | null, b: ReadonlySet<string> | null) =>
  a === b || (!!a && !!b && a.size === b.size && [...a].every((id) => b.has(id)));

/**
 * Connects the editor and the 批注 panel: the panel comments on the selected words, shows which
 * anchors the text still has (a comment whose words were deleted is 已失效 at once), and asks
 * the editor to show a comment's words.
 */
export function CommentBridgeProvider({ children }: { children: ReactNode }) {
  const [anchors, setAnchorState] = useState<ReadonlySet<string> | null>(null);
  const [selection, setSelection] = useState<string | null>(null);
  const current = useRef<Commenter | null>(null);
  const setAnchors = useCallback(
    (ids: ReadonlySet<string> | null) => setAnchorState((before) => (sameSet(before, ids) ? before : ids)),
    [],
  );
  const registerCommenter = useCallback((commenter: Commenter) => {
    current.current = commenter;
    return () => {
      if (current.current === commenter) current.current = null;
    };
  }, []);
  const commenter = useCallback(() => current.current, []);
  const value = useMemo(
    () => ({ anchors, setAnchors, selection, setSelection, registerCommenter, commenter }),
    [anchors, setAnchors, selection, registerCommenter, commenter],
  );
  return <CommentBridgeContext.Provider value={value}>{children}</CommentBridgeContext.Provider>;
}

export function useCommentBridge() {
  return useContext(CommentBridgeContext);
}
