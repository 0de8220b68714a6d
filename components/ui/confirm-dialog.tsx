"use client";

import { type ReactNode, useCallback, useId, useRef, useState } from "react";

export interface ConfirmRequest {
  title: string;
  /** What will happen, in words a person can weigh before saying yes. */
  body: ReactNode;
  confirmLabel: string;
  /** Red confirm button, for what readers see at once or what cannot be taken back. */
  danger?: boolean;
}

/**
 * Asks before an action that cannot be quietly undone, in a modal <dialog>: the browser keeps
 * focus inside it, Esc cancels, and screen readers announce its title and text. Focus starts on
 * 取消, so Enter alone never does the dangerous thing. `confirm()` resolves true only for the
 * confirm button.
 */
export function useConfirm(): [(request: ConfirmRequest) => Promise<boolean>, ReactNode] {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const answer = useRef<((yes: boolean) => void) | null>(null);
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const id = useId();

  const confirm = useCallback((next: ConfirmRequest) => {
    answer.current?.(false);
    setRequest(next);
    return new Promise<boolean>((resolve) => {
      answer.current = resolve;
      // Opened after React has rendered the request's text into it.
      requestAnimationFrame(() => {
        if (!dialog.current?.open) dialog.current?.showModal();
        cancel.current?.focus();
      });
    });
  }, []);

  const close = (yes: boolean) => {
    answer.current?.(yes);
    answer.current = null;
    dialog.current?.close();
  };

  const element = (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={() => close(false)}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded border border-gray-300 p-0 shadow-xl backdrop:bg-black/40"
    >
      {request && (
        <div className="space-y-3 p-5">
          <h2 id={`${id}-title`} className="text-lg font-bold">
            {request.title}
          </h2>
          <div id={`${id}-body`} className="space-y-2 text-sm text-gray-800">
            {request.body}
          </div>
          <div className="flex justify-end gap-2 pt-2">
            <button
              ref={cancel}
              type="button"
              onClick={() => close(false)}
              className="rounded border border-gray-400 bg-white px-4 py-1.5 hover:border-brand"
            >
              取消
            </button>
            <button
              type="button"
              onClick={() => close(true)}
              className={`rounded px-4 py-1.5 text-white ${request.danger ? "bg-red-700 hover:bg-red-800" : "bg-brand hover:bg-brand-dark"}`}
            >
              {request.confirmLabel}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
  return [confirm, element];
}
