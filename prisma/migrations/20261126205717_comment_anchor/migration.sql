-- Comments get the id of the mark that anchors them in the article text. Existing comments keep
-- their quoted text and stay unanchored (NULL).
-- AlterTable
ALTER TABLE "Comment" ADD COLUMN "anchorId" TEXT;

