// The print page's 立即打印 button. Reader pages are sent without Next's client runtime
// (lib/reader-cache/reader-document.cjs), so this is the one script they load.
document.addEventListener("click", (event) => {
  if (event.target instanceof Element && event.target.closest("[data-print-button]")) window.print();
});
