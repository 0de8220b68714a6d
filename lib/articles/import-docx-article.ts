import "server-only";
import type { JSONContent } from "@tiptap/core";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database, Tx } from "@/lib/db";
import { writeCredits } from "@/lib/credits/save-credits";
import { convertDocx, type DocxImage } from "@/lib/docx/convert-docx";
import { docxHtmlToBlocks } from "@/lib/docx/docx-html-to-blocks";
import { docxToArticle } from "@/lib/docx/docx-to-article";
import { docToPlainText } from "@/lib/editor/article-doc";
import { AppError } from "@/lib/errors/app-error";
import { assertRoleCan } from "@/lib/permissions/assert";
import type { Clock } from "@/lib/time/clock";
import { recordArticleCreated } from "@/lib/workflow/apply-article-change";
import { variantFileName, variantWidths } from "@/lib/uploads/image-variants";
import {
  type PreparedImage,
  prepareImage,
  savePreparedImage,
  type StoredImage,
} from "@/lib/uploads/store-image";
import { uploadStorage } from "@/lib/uploads/upload-storage";
import { articleContent } from "./article-content";
import { ensureUserPerson } from "./ensure-user-person";

export interface ImportedDocx {
  id: string;
  /** What could not be taken over from the document, for the reporter to check. */
  warnings: string[];
}

const PLACEHOLDER = /^docx-image:(\d+)$/;

/**
 * Checks and resizes the document's pictures, one at a time and before any transaction opens:
 * decoding and resizing take seconds, and no writer may wait on them. A picture that cannot be
 * an upload (an EMF drawing, over 5 MB, broken) comes back as the reason it cannot.
 */
async function prepareImages(images: DocxImage[]): Promise<(PreparedImage | AppError)[]> {
  const prepared: (PreparedImage | AppError)[] = [];
  for (const image of images) {
    try {
      prepared.push(await prepareImage(image.bytes));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      prepared.push(error);
    }
  }
  return prepared;
}

/**
 * The document's pictures stored for the new article, each image node pointing at its upload (a
 * picture used twice is stored once). A picture that could not be prepared is left out and named
 * in a warning: the rest of the copy is still worth having.
 */
async function uploadImages(
  tx: Tx,
  doc: JSONContent,
  images: DocxImage[],
  prepared: (PreparedImage | AppError)[],
  owner: { articleId: string; ownerId: string },
  stored: StoredImage[],
) {
  const warnings: string[] = [];
  const saved = new Map<number, StoredImage>();
  const walk = async (node: JSONContent): Promise<JSONContent | null> => {
    const index = PLACEHOLDER.exec(String(node.attrs?.src ?? ""))?.[1];
    if (node.type === "image" && index !== undefined) {
      const picture = prepared[Number(index)];
      if (picture instanceof AppError) {
        warnings.push(
          `第 ${Number(index) + 1} 张图片（${images[Number(index)].contentType}）未导入：${picture.message}`,
        );
        return null;
      }
      let upload = saved.get(Number(index));
      if (!upload) {
        upload = await savePreparedImage(tx, owner, picture);
        saved.set(Number(index), upload);
        stored.push(upload);
      }
      return {
        ...node,
        attrs: { ...node.attrs, src: upload.src, width: upload.width, height: upload.height },
      };
    }
    if (!node.content) return node;
    const content: JSONContent[] = [];
    for (const child of node.content) {
      const done = await walk(child);
      if (done) content.push(done);
    }
    return { ...node, content };
  };
  return { doc: (await walk(doc))!, warnings };
}

/** Files of uploads whose rows a failed import rolled back. */
function filesOf(images: StoredImage[]): string[] {
  return images.flatMap((image) => {
    const id = image.src.split("/").at(-1)!;
    return [id, ...variantWidths(image.width).map((w) => variantFileName(id, w))];
  });
}

/**
 * 导入 Word 文档: a .docx becomes a new draft of the user's — headline, deck, body, pictures with
 * their captions, and the byline line as credits (the user's own byline when there is none).
 * Nothing is created for a file that cannot be read or holds no text.
 */
export async function importDocxArticle(
  db: Database,
  user: SessionUser,
  input: { fileName: string; bytes: Uint8Array },
  clock: Clock,
): Promise<ImportedDocx> {
  assertRoleCan(user, "article:create");
  const converted = await convertDocx(input.bytes);
  const article = docxToArticle(docxHtmlToBlocks(converted.html));
  const draft: JSONContent = {
    type: "doc",
    content: article.content.length > 0 ? article.content : [{ type: "paragraph" }],
  };
  if (!article.headline && !docToPlainText(draft).trim())
    throw new AppError("BAD_INPUT", "该 Word 文档中没有文字，未创建稿件。");

  const prepared = await prepareImages(converted.images);
  const stored: StoredImage[] = [];
  try {
    return await db.$transaction(
      async (tx) => {
        const created = await tx.article.create({
          data: {
            headline: article.headline,
            subtitle: article.subtitle,
            body: draft,
            authorId: user.id,
          },
          select: { id: true },
        });
        await recordArticleCreated(
          tx,
          { articleId: created.id, actorId: user.id, note: `从 Word 文档导入：${input.fileName}` },
          clock(),
        );
        const { doc, warnings } = await uploadImages(
          tx,
          draft,
          converted.images,
          prepared,
          { articleId: created.id, ownerId: user.id },
          stored,
        );
        // The one gate every stored document passes, as for a save.
        const { body, plainText, charCount } = articleContent({ ...article, body: doc });
        await tx.article.update({
          where: { id: created.id },
          data: {
            body,
            plainText,
            charCount,
            sourceText: [article.headline, article.subtitle, plainText].filter(Boolean).join("\n"),
          },
        });
        await tx.revision.create({
          data: {
            articleId: created.id,
            authorId: user.id,
            number: 1,
            headline: article.headline,
            subtitle: article.subtitle,
            body,
            charCount,
            note: "从 Word 文档导入",
            createdAt: clock(),
          },
        });
        if (article.credits.length > 0) await writeCredits(tx, created.id, article.credits);
        else
          await tx.articleByline.create({
            data: {
              articleId: created.id,
              personId: await ensureUserPerson(tx, user),
              role: "REPORTER",
              position: 0,
            },
          });
        if (!article.headline) warnings.unshift("文档中没有找到标题，请补写标题。");
        return { id: created.id, warnings };
      },
      // Pictures are resized inside the transaction; a document with many takes a while.
      { timeout: 120_000 },
    );
  } catch (error) {
    await uploadStorage().remove(filesOf(stored));
    throw error;
  }
}
