"use client";

import { type ReactNode, createContext, useContext, useState } from "react";
import type { SaveState } from "./use-autosave";

const SaveStateContext = createContext<{ state: SaveState; setState: (state: SaveState) => void } | null>(null);

/**
 * Shares the editor's save state with its neighbours on the page: the workflow buttons wait
 * until everything typed is stored before an article is submitted.
 */
export function SaveStateProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SaveState>("saved");
  return <SaveStateContext.Provider value={{ state, setState }}>{children}</SaveStateContext.Provider>;
}

export function useSharedSaveState() {
  return useContext(SaveStateContext);
}
