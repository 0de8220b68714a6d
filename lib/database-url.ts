import { env } from "./env";

/** The SQLite file every part of the app uses: DATABASE_URL, else a file under the git-ignored data/. */
export function databaseUrl(): string {
  return env().DATABASE_URL;
}
