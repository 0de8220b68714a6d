"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import type { SaveResult } from "@/lib/articles/save-article";
import { SAVE_TOO_LARGE_MESSAGE, saveTooLarge } from "@/lib/articles/save-body-limit";
import { type EditorSnapshot, localBackup } from "./local-backup";
import { newSaveId } from "./new-save-id";
import { useSharedSaveState } from "./save-state-context";

export type SaveState = "saved" | "unsaved" | "saving" | "retrying" | "conflict" | "invalid";

const DEBOUNCE_MS = 2000;
const MAX_RETRY_MS = 30_000;

interface AutosaveOptions {
  articleId: string;
  initialVersion: number;
  snapshot: () => EditorSnapshot;
  save: (
    input: EditorSnapshot & { id: string; version: number; saveId: string },
  ) => Promise<ActionResult<SaveResult>>;
  /** Told of every save the server took (e.g. to say that it reopened a review stage). */
  onSaved?: (result: SaveResult) => void;
}

/**
 * Saves a couple of seconds after typing stops. Every save names the version it started from;
 * a stale one comes back as a conflict and autosave stops until the person has merged. A
 * save that cannot reach the server is retried with backoff, the text kept in the browser, under
 * the same save id: if the first attempt did commit, the server takes the retry as this save.
 */
export function useAutosave({ articleId, initialVersion, snapshot, save, onSaved }: AutosaveOptions) {
  const [state, setState] = useState<SaveState>("saved");
  const [message, setMessage] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const version = useRef(initialVersion);
  /** The save awaiting an answer: resent under the same id, so the server tells a lost answer from a conflict. */
  const saveId = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);
  const dirtyWhileSaving = useRef(false);
  const retryDelay = useRef(2000);
  const stateRef = useRef<SaveState>("saved");
  const shared = useSharedSaveState();
  const publish = shared?.setState;
  const publishVersion = shared?.setVersion;

  const update = useCallback(
    (next: SaveState, text: string | null = null) => {
      stateRef.current = next;
      setState(next);
      setMessage(text);
      publish?.(next);
    },
    [publish],
  );

  // The retry timer calls the newest flush (a callback cannot name itself while it is being built).
  const flushRef = useRef<() => Promise<void>>(async () => {});
  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (stateRef.current === "conflict") return;
    if (inFlight.current) {
      dirtyWhileSaving.current = true;
      return;
    }
    const input = {
      ...snapshot(),
      id: articleId,
      version: version.current,
      saveId: (saveId.current ??= newSaveId()),
    };
    // Sent anyway, Next would refuse it with an error that looks like a lost connection, and it
    // would be retried forever. The next edit checks again.
    if (saveTooLarge(input)) {
      update("invalid", SAVE_TOO_LARGE_MESSAGE);
      return;
    }
    inFlight.current = true;
    dirtyWhileSaving.current = false;
    update("saving");
    let result: ActionResult<SaveResult> | null = null;
    try {
      result = await save(input);
    } catch {
      result = null;
    }
    inFlight.current = false;
    // Unreachable, or the database held by another writer (an import): the same save will do later.
    if (result === null || (!result.ok && result.code === "BUSY")) {
      update("retrying", result?.error ?? "无法连接服务器，内容已暂存在本机，正在重试…");
      timer.current = setTimeout(() => void flushRef.current(), retryDelay.current);
      retryDelay.current = Math.min(retryDelay.current * 2, MAX_RETRY_MS);
      return;
    }
    retryDelay.current = 2000;
    saveId.current = null;
    if (!result.ok) {
      update(result.code === "CONFLICT" ? "conflict" : "invalid", result.error);
      return;
    }
    version.current = result.data.version;
    publishVersion?.(result.data.version);
    setSavedAt(result.data.savedAt);
    onSaved?.(result.data);
    if (dirtyWhileSaving.current) {
      update("unsaved");
      timer.current = setTimeout(() => void flushRef.current(), DEBOUNCE_MS);
    } else {
      update("saved");
      localBackup.clear(articleId);
    }
  }, [articleId, save, snapshot, update, publishVersion, onSaved]);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);
  useEffect(() => {
    publishVersion?.(initialVersion);
  }, [initialVersion, publishVersion]);

  const markDirty = useCallback(() => {
    localBackup.write(articleId, version.current, snapshot());
    if (stateRef.current === "conflict") return;
    if (inFlight.current) dirtyWhileSaving.current = true;
    else update("unsaved");
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, DEBOUNCE_MS);
  }, [articleId, flush, snapshot, update]);

  /** After merging by hand: continue from the stored version the person has now seen. */
  const resolveConflict = useCallback(
    (latestVersion: number) => {
      version.current = latestVersion;
      publishVersion?.(latestVersion);
      update("unsaved");
      timer.current = setTimeout(() => void flushRef.current(), DEBOUNCE_MS);
    },
    [update, publishVersion],
  );

  useEffect(() => {
    const guard = (event: BeforeUnloadEvent) => {
      if (stateRef.current !== "saved") event.preventDefault();
    };
    window.addEventListener("beforeunload", guard);
    return () => {
      window.removeEventListener("beforeunload", guard);
      clearTimeout(timer.current);
    };
  }, []);

  return { state, message, savedAt, markDirty, flush, resolveConflict };
}
