/** The bulletin's standing sections (版面栏目), in page order. Editors can add more. */
export const DEFAULT_SECTIONS = [
  { name: "要闻", slug: "yaowen" },
  { name: "党建", slug: "dangjian" },
  { name: "基层治理", slug: "jiceng-zhili" },
  { name: "社区", slug: "shequ" },
] as const;

export type DefaultSectionName = (typeof DEFAULT_SECTIONS)[number]["name"];
