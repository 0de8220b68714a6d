-- CreateIndex
CREATE INDEX "Article_status_publishedAt_issueId_sectionId_position_id_idx" ON "Article"("status", "publishedAt", "issueId", "sectionId", "position", "id");
