"use client";

import { type ReactNode, createContext, useCallback, useContext, useMemo, useRef, useState } from "react";
import type { SaveState } from "./use-autosave";

interface EditorBridge {
  state: SaveState;
  setState: (state: SaveState) => void;
  /** The editor's proofreading run, returning how many hints it found (null without an editor). */
  registerProofreader: (run: () => number) => () => void;
  proofread: () => number | null;
}

const SaveStateContext = createContext<EditorBridge | null>(null);

/**
 * Shares the editor with its neighbours on the page: the workflow buttons wait until
 * everything typed is stored, and run the proofreading checks before a submission.
 */
export function SaveStateProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SaveState>("saved");
  const proofreader = useRef<(() => number) | null>(null);
  const registerProofreader = useCallback((run: () => number) => {
    proofreader.current = run;
    return () => {
      if (proofreader.current === run) proofreader.current = null;
    };
  }, []);
  const proofread = useCallback(() => proofreader.current?.() ?? null, []);
  const value = useMemo(
    () => ({ state, setState, registerProofreader, proofread }),
    [state, registerProofreader, proofread],
  );
  return <SaveStateContext.Provider value={value}>{children}</SaveStateContext.Provider>;
}

export function useSharedSaveState() {
  return useContext(SaveStateContext);
}
