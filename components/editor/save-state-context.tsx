"use client";

import { type ReactNode, createContext, useCallback, useContext, useMemo, useRef, useState } from "react";
import type { SaveState } from "./use-autosave";

interface EditorBridge {
  state: SaveState;
  setState: (state: SaveState) => void;
  /** The stored version the editor's text is based on: the one it loaded or last saved. */
  version: number | null;
  setVersion: (version: number) => void;
  /** The editor's proofreading run, returning how many hints it found (null without an editor). */
  registerProofreader: (run: () => number) => () => void;
  proofread: () => number | null;
}

const SaveStateContext = createContext<EditorBridge | null>(null);

/**
 * Shares the editor with its neighbours on the page: the workflow buttons wait until
 * everything typed is stored, and run the proofreading checks before a submission; the
 * revision history follows the versions the editor saves.
 */
export function SaveStateProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SaveState>("saved");
  const [version, setVersion] = useState<number | null>(null);
  const proofreader = useRef<(() => number) | null>(null);
  const registerProofreader = useCallback((run: () => number) => {
    proofreader.current = run;
    return () => {
      if (proofreader.current === run) proofreader.current = null;
    };
  }, []);
  const proofread = useCallback(() => proofreader.current?.() ?? null, []);
  const value = useMemo(
    () => ({ state, setState, version, setVersion, registerProofreader, proofread }),
    [state, version, registerProofreader, proofread],
  );
  return <SaveStateContext.Provider value={value}>{children}</SaveStateContext.Provider>;
}

export function useSharedSaveState() {
  return useContext(SaveStateContext);
}
