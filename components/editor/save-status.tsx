import type { SaveState } from "./use-autosave";

const LABELS: Record<SaveState, { text: string; tone: string }> = {
  saved: { text: "已保存", tone: "bg-green-100 text-green-900" },
  unsaved: { text: "未保存", tone: "bg-amber-100 text-amber-900" },
  saving: { text: "保存中…", tone: "bg-blue-100 text-blue-900" },
  retrying: { text: "未保存（重试中）", tone: "bg-red-100 text-red-900" },
  conflict: { text: "未保存（版本冲突）", tone: "bg-red-100 text-red-900" },
  invalid: { text: "未保存", tone: "bg-red-100 text-red-900" },
};

/** The visible 已保存/保存中/未保存 state, announced politely to screen readers. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { text, tone } = LABELS[state];
  return (
    <span
      role="status"
      aria-live="polite"
      data-save-state={state}
      className={`rounded px-2 py-0.5 text-sm font-medium ${tone}`}
    >
      {text}
    </span>
  );
}
