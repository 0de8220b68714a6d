/**
 * One value of a query parameter as a page receives it: Next hands a repeated parameter
 * (`?q=a&q=b`) to the page as an array, which string code would crash on. The first counts.
 */
export function firstParam(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}
