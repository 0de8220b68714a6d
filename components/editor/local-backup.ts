import type { JSONContent } from "@tiptap/core";

export interface EditorSnapshot {
  headline: string;
  subtitle: string;
  sectionId: string | null;
  body: JSONContent;
}

interface Backup extends EditorSnapshot {
  version: number;
  savedAt: string;
}

const key = (articleId: string) => `newsroom:unsaved:${articleId}`;

/**
 * The editor's text kept in the browser until the server has it: a failed save, a closed
 * tab or a server that is down loses nothing.
 */
export const localBackup = {
  write(articleId: string, version: number, snapshot: EditorSnapshot): void {
    try {
      localStorage.setItem(
        key(articleId),
        JSON.stringify({ ...snapshot, version, savedAt: new Date().toISOString() }),
      );
    } catch {
      // Storage full or disabled: the in-memory text and the retrying save remain.
    }
  },
  read(articleId: string): Backup | null {
    try {
      const raw = localStorage.getItem(key(articleId));
      return raw ? (JSON.parse(raw) as Backup) : null;
    } catch {
      return null;
    }
  },
  clear(articleId: string): void {
    localStorage.removeItem(key(articleId));
  },
};
