import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { docxHtmlToBlocks } from "@/lib/docx/docx-html-to-blocks";
import { docxToArticle } from "@/lib/docx/docx-to-article";
import { createTestUser } from "@/lib/testing/factories";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createTempUploads } from "@/lib/testing/temp-uploads";
import { importDocxArticle } from "./import-docx-article";
import JSZip from "jszip";
import sharp from "sharp";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(__dirname, "../../e2e/fixtures", name)));
const clock = () => new Date("2026-11-26T02:00:00Z");

let db: Database;
let dispose: () => Promise<void>;
let reporter: SessionUser;
let uploads: ReturnType<typeof createTempUploads>;

beforeEach(async () => {
  ({ db, dispose } = createTempDatabase());
  reporter = await createTestUser(db, "REPORTER");
  uploads = createTempUploads();
});
afterEach(async () => {
  uploads.dispose();
  await dispose();
});

describe("importDocxArticle", () => {
  it("turns a Word document into a draft: headline, deck, body, picture with caption and credit, the byline as credits", async () => {
    const { id, warnings } = await importDocxArticle(
      db,
      reporter,
      { fileName: "sample.docx", bytes: fixture("sample.docx") },
      clock,
    );
    expect(warnings).toEqual([]);
    const article = await db.article.findUniqueOrThrow({
      where: { id },
      include: {
        bylines: { orderBy: { position: "asc" }, include: { person: true } },
        uploads: true,
        revisions: true,
      },
    });
    expect(article).toMatchObject({
      headline: "中原区开展社区志愿服务集中行动",
      subtitle: "三十个社区同步开展便民服务",
      status: "DRAFT",
      authorId: reporter.id,
    });
    expect(article.bylines.map((b) => [b.role, b.person.name])).toEqual([
      ["REPORTER", "张明"],
      ["CORRESPONDENT", "李华彬"],
    ]);
    expect(article.uploads).toHaveLength(1);
    expect(article.uploads[0]).toMatchObject({ mime: "image/png", width: 1200, height: 800 });
    expect(readdirSync(uploads.dir)).toHaveLength(4);
    expect(article.revisions).toHaveLength(1);

    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- reading into a stored document
    const body = article.body as any;
    expect(body.content.map((node: { type: string }) => node.type)).toEqual([
      "paragraph",
      "heading",
      "paragraph",
      "image",
      "table",
      "paragraph",
    ]);
    // The full-width indent is gone (the site indents), bold and italic are kept.
    expect(body.content[0].content[0].text).toBe("本报讯 11月20日，中原区");
    expect(body.content[0].content[1]).toEqual({
      type: "text",
      text: "三十个社区",
      marks: [{ type: "bold" }],
    });
    expect(body.content[0].content[3]).toEqual({
      type: "text",
      text: "惠及居民两千余人",
      marks: [{ type: "italic" }],
    });
    expect(body.content[1]).toMatchObject({
      type: "heading",
      attrs: { level: 2 },
      content: [{ text: "活动亮点" }],
    });
    expect(body.content[3].attrs).toMatchObject({
      src: `/api/uploads/${article.uploads[0].id}`,
      alt: "志愿者在林山寨社区为居民义诊。",
      caption: "志愿者在林山寨社区为居民义诊。",
      credit: "李华彬",
      width: 1200,
      height: 800,
    });
    // The Word table is a table: its rows and cells, with their text.
    expect(body.content[4].type).toBe("table");
    const cells = body.content[4].content.map(
      (row: { content: { content: { content?: { text: string }[] }[] }[] }) =>
        row.content.map((cell) => cell.content[0].content?.map((run) => run.text).join("") ?? ""),
    );
    expect(cells).toEqual([
      ["服务项目", "参与人数"],
      ["义诊", "120"],
    ]);
    // The byline line is credits now, not text.
    expect(article.body).not.toContain("通讯员");
  });

  it("refuses what is not a readable .docx with a reason, and creates nothing", async () => {
    const refuse = (bytes: Uint8Array) =>
      importDocxArticle(db, reporter, { fileName: "x.docx", bytes }, clock);
    await expect(refuse(new TextEncoder().encode("这不是 Word 文档"))).rejects.toThrow(
      "该文件不是 Word 文档",
    );
    const compound = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const encrypted = new Uint8Array([...compound, ...Buffer.from("EncryptionInfo", "utf16le")]);
    await expect(refuse(encrypted)).rejects.toThrow("密码保护");
    await expect(refuse(new Uint8Array(compound))).rejects.toThrow("另存为");
    await expect(refuse(new Uint8Array(20 * 1024 * 1024 + 1))).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
    });
    await expect(refuse(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow(
      "无法读取该 Word 文档",
    );
    await expect(refuse(fixture("empty.docx"))).rejects.toThrow("没有文字");
    expect(await db.article.count()).toBe(0);
    expect(await db.upload.count()).toBe(0);
  });
});

/** A minimal .docx: `paragraphs` of text, then `pictures` inline images (by index into `images`). */
async function makeDocx(
  paragraphs: string[],
  images: Uint8Array[] = [],
  pictures: number[] = [],
): Promise<Uint8Array> {
  const zip = new JSZip();
  const drawing = (i: number) =>
    `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/><wp:docPr id="${i + 1}" name="p${i}"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="${i + 1}" name="p${i}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rImg${i}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
  const body = [
    ...paragraphs.map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`),
    ...pictures.map((image, i) => drawing(i).replace(`rImg${i}`, `rImg${image}`)),
  ].join("");
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${images.map((_, i) => `<Relationship Id="rImg${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image${i}.png"/>`).join("")}</Relationships>`,
  );
  images.forEach((bytes, i) => zip.file(`word/media/image${i}.png`, bytes));
  zip.file(
    "word/document.xml",
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const png = (shade: number) =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: { r: shade, g: 80, b: 80 } } })
    .png()
    .toBuffer()
    .then((b) => new Uint8Array(b));

describe("importDocxArticle bounds the work a document can cause", () => {
  const importBytes = (bytes: Uint8Array) =>
    importDocxArticle(db, reporter, { fileName: "x.docx", bytes }, clock);

  it("refuses a small file that unpacks to a huge text part, before reading it", async () => {
    const bomb = await makeDocx(["中原区".repeat(900_000)]);
    expect(bomb.length).toBeLessThan(200_000);
    await expect(importBytes(bomb)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(await db.article.count()).toBe(0);
  });

  it("refuses a text part whose recorded size lies, having inflated no more than the limit", async () => {
    const bomb = Buffer.from(await makeDocx(["中原区".repeat(900_000)]));
    // Claim 1,000 bytes for word/document.xml in its local header and its directory record.
    const name = Buffer.from("word/document.xml");
    for (const [signature, sizeAt, nameAt] of [
      [0x04034b50, 22, 30],
      [0x02014b50, 24, 46],
    ])
      for (let at = 0; at + nameAt < bomb.length; at++)
        if (bomb.readUInt32LE(at) === signature && bomb.subarray(at + nameAt).indexOf(name) === 0)
          bomb.writeUInt32LE(1000, at + sizeAt);
    await expect(importBytes(new Uint8Array(bomb))).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(await db.article.count()).toBe(0);
  });

  it("stores a picture used many times once, and refuses more distinct pictures than an article carries", async () => {
    const one = await png(10);
    const imported = await importBytes(
      await makeDocx(["本报讯 同一张图片用了四十次。"], [one], Array(40).fill(0)),
    );
    expect(await db.upload.count({ where: { articleId: imported.id } })).toBe(1);

    const many = await Promise.all(Array.from({ length: 31 }, (_, i) => png(i * 8)));
    await expect(
      importBytes(
        await makeDocx(
          ["本报讯 三十一张图片。"],
          many,
          many.map((_, i) => i),
        ),
      ),
    ).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(await db.article.count()).toBe(1);
  });
});

describe("docxToArticle", () => {
  it("reads a plain first line as the headline, a short second line as the deck, and a byline split over two lines", () => {
    const article = docxToArticle(
      docxHtmlToBlocks(
        '<p>区领导调研基层治理</p><p>网格化管理见实效</p><p>　　本报讯 近日，区领导到社区调研。</p><p><img src="docx-image:0" /></p><p>图为调研现场。</p><p>记者 鲁燕</p><p>通讯员 王飞 李钰沛</p>',
      ),
    );
    expect(article).toMatchObject({
      headline: "区领导调研基层治理",
      subtitle: "网格化管理见实效",
      credits: [
        { role: "REPORTER", name: "鲁燕" },
        { role: "CORRESPONDENT", name: "王飞" },
        { role: "CORRESPONDENT", name: "李钰沛" },
      ],
    });
    expect(article.content).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "本报讯 近日，区领导到社区调研。" }] },
      {
        type: "image",
        attrs: { src: "docx-image:0", alt: "图为调研现场。", caption: "图为调研现场。", credit: "" },
      },
    ]);
  });

  it("keeps a first sentence as body text rather than taking it for a headline", () => {
    const article = docxToArticle(docxHtmlToBlocks("<p>本报讯 近日，中原区召开会议。</p>"));
    expect(article.headline).toBe("");
    expect(article.content).toHaveLength(1);
  });
});
