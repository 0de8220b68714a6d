/**
 * A newsroom page's title: the layout's template for the pages below it, and the title of
 * 我的稿件 itself, which a layout's template does not reach (it is the layout's own segment).
 */
export function newsroomTitle(page: string, paper: string): string {
  return `${page} - 编辑部 - ${paper}`;
}
