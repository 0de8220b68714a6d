import type { Metadata } from "next";
import { SearchResults } from "@/components/public/search-results";
import { readerLocale } from "@/lib/i18n/reader-locale";
import { getPublicSearch, getPublicYears, getSections } from "@/lib/public/public-reads";
import { readerPaths } from "@/lib/public/reader-paths";
import { readSearchRequest } from "@/lib/search/read-search-request";

// Results depend on the query string: rendered per request, then kept per search by the
// production server until the newsroom publishes or withdraws anything (lib/server/search-page-cache.ts).
export const dynamic = "force-dynamic";

interface SearchPageProps {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: SearchPageProps): Promise<Metadata> {
  const [{ t }, request] = await Promise.all([readerLocale(params), searchParams.then(readSearchRequest)]);
  return { title: request.q ? `${request.q} - ${t.searchTitle}` : t.searchTitle, robots: { index: false } };
}

// 搜索: published articles only, highlighted, with year and section filters.
export default async function SearchPage({ params, searchParams }: SearchPageProps) {
  const request = readSearchRequest(await searchParams);
  const [{ t, locale }, years, sections, results] = await Promise.all([
    readerLocale(params),
    getPublicYears(),
    getSections(),
    request.q || request.year || request.section ? getPublicSearch(request) : null,
  ]);
  const paths = readerPaths(locale);
  return (
    <div className="py-8">
      <h1 className="font-serif text-3xl font-black" lang={locale}>
        {t.searchTitle}
      </h1>
      <form action={paths.search} role="search" className="mt-4 flex flex-wrap items-end gap-3" lang={locale}>
        <label className="min-w-60 flex-1">
          <span className="mb-1 block text-sm font-medium">{t.searchLabel}</span>
          <input
            type="search"
            name="q"
            defaultValue={request.q}
            className="w-full rounded border border-gray-400 bg-white px-3 py-2 text-lg focus:border-brand focus:outline-none"
          />
        </label>
        <label>
          <span className="mb-1 block text-sm font-medium">{t.searchYear}</span>
          <select
            name="year"
            defaultValue={request.year ?? ""}
            className="rounded border border-gray-400 bg-white px-3 py-2"
          >
            <option value="">{t.searchAllYears}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="mb-1 block text-sm font-medium">{t.searchSection}</span>
          <select
            name="section"
            defaultValue={request.section ?? ""}
            className="rounded border border-gray-400 bg-white px-3 py-2"
          >
            <option value="">{t.searchAllSections}</option>
            {sections.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-brand px-5 py-2 text-white hover:bg-brand-dark">
          {t.searchButton}
        </button>
      </form>

      {!results && (
        <p className="mt-8 text-muted" lang={locale}>
          {t.searchHint}
        </p>
      )}
      {results && <SearchResults request={request} results={results} locale={locale} t={t} />}
    </div>
  );
}
