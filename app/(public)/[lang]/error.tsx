"use client";

// Shown instead of a reader page that failed: a calm message, never the error itself.
export default function PublicError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="py-20 text-center">
      <h1 className="font-serif text-3xl font-bold">页面暂时无法显示</h1>
      <p className="mt-3 text-muted">服务器出了点问题，请稍后再试。</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-brand px-5 py-2 text-white hover:bg-brand-dark"
      >
        重试
      </button>
    </div>
  );
}
