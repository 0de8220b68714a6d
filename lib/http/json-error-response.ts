import { NextResponse } from "next/server";
import { toBusyError } from "@/lib/errors/database-busy";
import { AppError } from "@/lib/errors/app-error";

/**
 * The answer of a JSON route that failed: an AppError's message and status, or, for anything
 * unexpected, a generic message in Chinese while the error itself goes to the server log only.
 */
export function jsonErrorResponse(thrown: unknown, unexpectedMessage: string): NextResponse {
  const error = toBusyError(thrown);
  if (error instanceof AppError) return NextResponse.json({ error: error.message }, { status: error.status });
  console.error(error);
  return NextResponse.json({ error: unexpectedMessage }, { status: 500 });
}
