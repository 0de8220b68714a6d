"use client";

// Last resort when even the root layout fails: no stack trace, a way to retry. Static text
// because nothing (cookies, locale) can be read here.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", textAlign: "center", padding: "4rem 1rem" }}>
        <h1>页面暂时无法显示</h1>
        <p>服务器出了点问题，请稍后再试。</p>
        <button type="button" onClick={reset}>
          重试
        </button>
      </body>
    </html>
  );
}
