// `npm run db:prepare`: migrations and first-start archive import, without starting a server.
import { prepareDatabase } from "@/lib/setup/prepare-database";

prepareDatabase().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
