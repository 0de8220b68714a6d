#!/usr/bin/env bash
# Writes a migration for the schema change since the last commit:
#   bash scripts/new-migration.sh <name>
# `prisma migrate dev` needs a shadow database that the WebAssembly engine cannot create
# here, so the SQL is diffed between the committed schema and the working one instead.
set -euo pipefail
name=${1:?usage: scripts/new-migration.sh <name>}
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
old=$(mktemp)
git show HEAD:prisma/schema.prisma > "$old"
mkdir -p "$dir"
# The CLI opens DATABASE_URL through the adapter even to diff two schema files, and fails
# ("External error") when that file's folder does not exist: give it a throwaway one.
scratch=$(mktemp -d)
DATABASE_URL="file:$scratch/diff.db" npx prisma migrate diff --from-schema-datamodel "$old" --to-schema-datamodel prisma/schema.prisma --script > "$dir/migration.sql"
rm -rf "$old" "$scratch"
echo "wrote $dir/migration.sql"
echo "PostgreSQL has migrations of its own: TEST_DATABASE_URL=postgresql://… npm run db:migration:postgresql -- ${name}"
