// `npm run import -- <file> [--json] [--date YYYY-MM-DD]`: imports one archive file as an issue.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { openDatabase } from "@/lib/db";
import { databaseUrl } from "@/lib/database-url";
import { AppError } from "@/lib/errors/app-error";
import { importArchive } from "@/lib/import/import-archive";
import { formatImportReport } from "@/lib/import/import-report";
import { applyMigrations } from "@/lib/setup/apply-migrations";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: "boolean", default: false }, date: { type: "string" } },
  });
  const [file] = positionals;
  if (!file) {
    console.error("用法：npm run import -- <文件> [--json] [--date YYYY-MM-DD]");
    return 64;
  }
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    console.error("--date 的格式应为 YYYY-MM-DD。");
    return 64;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    console.error(`无法读取文件：${file}`);
    return 66;
  }
  applyMigrations();
  const db = openDatabase(databaseUrl());
  try {
    const report = await importArchive(db, { fileName: file, bytes, issueDate: values.date });
    console.log(values.json ? JSON.stringify(report, null, 2) : formatImportReport(report));
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`导入失败：${error.message}（未写入任何内容）`);
      return 65;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

main().then((code) => process.exit(code));
