// `npm run import -- <file> [--json] [--date YYYY-MM-DD] [--allow-duplicate]`: imports one archive file as an issue.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { openDatabase } from "@/lib/db";
import { databaseUrl } from "@/lib/database-url";
import { AppError } from "@/lib/errors/app-error";
import { isDatabaseBusy } from "@/lib/errors/database-busy";
import { importArchive } from "@/lib/import/import-archive";
import { formatImportReport } from "@/lib/import/import-report";
import { applyMigrations } from "@/lib/setup/apply-migrations";

const USAGE = "用法：npm run import -- <文件> [--json] [--date YYYY-MM-DD] [--allow-duplicate]";

/** A line that rewrites itself, only on a terminal: piped output stays the report alone. */
function progressLine(): { update: (written: number, total: number) => void; clear: () => void } {
  if (!process.stdout.isTTY) return { update: () => {}, clear: () => {} };
  return {
    update: (written, total) => process.stdout.write(`\r正在导入：${written} / ${total} 篇`),
    clear: () => process.stdout.write("\r\x1b[K"),
  };
}

/** What went wrong, in words a person can act on: never a stack trace. */
function describeFailure(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (isDatabaseBusy(error)) return "数据库正忙（另一个程序正在写入），请稍后重试。";
  const text = error instanceof Error ? error.message : String(error);
  if (/数据库迁移失败/.test(text)) return text;
  // The first line names the cause; Prisma's following lines show our source code.
  return `写入数据库时出错：${text.trim().split("\n").at(-1)}`;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        date: { type: "string" },
        "allow-duplicate": { type: "boolean", default: false },
      },
    });
  } catch {
    console.error(USAGE);
    return 64;
  }
  const { values, positionals } = parsed;
  const [file] = positionals;
  if (!file) {
    console.error(USAGE);
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
  const progress = progressLine();
  let db;
  try {
    await applyMigrations();
    db = openDatabase(databaseUrl());
    const report = await importArchive(db, {
      fileName: file,
      bytes,
      issueDate: values.date,
      allowDuplicate: values["allow-duplicate"],
      onProgress: progress.update,
    });
    progress.clear();
    console.log(values.json ? JSON.stringify(report, null, 2) : formatImportReport(report));
    return 0;
  } catch (error) {
    progress.clear();
    console.error(`导入失败：${describeFailure(error)}（未写入任何内容）`);
    return 65;
  } finally {
    await db?.$disconnect();
  }
}

main().then((code) => process.exit(code));
