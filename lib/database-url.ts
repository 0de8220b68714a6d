/** The SQLite file every part of the app uses: DATABASE_URL, else a file under the git-ignored data/. */
export const DEFAULT_DATABASE_URL = "file:./data/newsroom.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}
