import { Fragment, type Node as PMNode, Slice } from "@tiptap/pm/model";
import type { EditorView } from "@tiptap/pm/view";
import { extractRtfPictures } from "@/lib/editor/extract-rtf-pictures";
import { type UploadedImage, uploadImage } from "./upload-image";

const IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);
const EXTENSIONS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
};

/** The alt text of a pasted picture that brought none: the server needs one; the author can change it. */
export const PASTED_IMAGE_ALT = "图片";

interface PasteContext {
  articleId: string;
  /** What the person should know about the pictures of the last paste; null clears it. */
  report: (message: string | null) => void;
}

interface Upload {
  key: string;
  data: Blob;
}

let uploadCount = 0;

function placeholdersOf(fragment: Fragment): PMNode[] {
  const found: PMNode[] = [];
  fragment.descendants((node) => {
    if (node.type.name === "imagePlaceholder") found.push(node);
  });
  return found;
}

function findUploading(view: EditorView, key: string): { node: PMNode; pos: number } | null {
  let found: { node: PMNode; pos: number } | null = null;
  view.state.doc.descendants((node, pos) => {
    if (found) return false;
    if (node.type.name === "imagePlaceholder" && node.attrs.uploading === key) found = { node, pos };
    return !found;
  });
  return found;
}

/** Puts the uploaded picture where its placeholder is, or leaves the placeholder asking for a new upload. */
function settle(view: EditorView, key: string, uploaded: UploadedImage | null): void {
  if (view.isDestroyed) return;
  const found = findUploading(view, key);
  // The author deleted the placeholder meanwhile: nothing to put back.
  if (!found) return;
  const { node, pos } = found;
  const tr = view.state.tr;
  if (uploaded) {
    const { src, width, height } = uploaded;
    tr.replaceWith(
      pos,
      pos + node.nodeSize,
      view.state.schema.nodes.image!.create({
        src,
        width: width || null,
        height: height || null,
        alt: node.attrs.alt || PASTED_IMAGE_ALT,
      }),
    );
  } else tr.setNodeMarkup(pos, undefined, { ...node.attrs, uploading: null });
  view.dispatch(tr);
}

async function uploadAll(
  view: EditorView,
  uploads: Upload[],
  missing: number,
  { articleId, report }: PasteContext,
): Promise<void> {
  const failures: string[] = [];
  // One at a time: a paste of a dozen photos should not hold a dozen requests on the server.
  for (const [index, { key, data }] of uploads.entries()) {
    try {
      const file = new File([data], `粘贴图片-${index + 1}.${EXTENSIONS[data.type] ?? "png"}`, {
        type: data.type,
      });
      settle(view, key, await uploadImage(articleId, file));
    } catch (failure) {
      failures.push(failure instanceof Error ? failure.message : "上传失败");
      settle(view, key, null);
    }
  }
  const left = missing + failures.length;
  if (left === 0) report(null);
  else
    report(
      `粘贴的图片中有 ${left} 张未能带入，已在正文中标为“请重新上传此图片”${failures.length ? `（${[...new Set(failures)].join("；")}）` : ""}。`,
    );
}

/**
 * Inserts the pasted content as ProseMirror would, marks the placeholders that have picture
 * data as uploading, and uploads that data in the background.
 */
function insertAndUpload(
  view: EditorView,
  slice: Slice,
  targets: (node: PMNode) => boolean,
  data: (Blob | null)[],
  context: PasteContext,
): void {
  const { from, to } = view.state.selection;
  const tr = view.state.tr.replaceSelection(slice);
  const uploads: Upload[] = [];
  let index = 0;
  let missing = 0;
  tr.doc.nodesBetween(tr.mapping.map(from, -1), tr.mapping.map(to, 1), (node, pos) => {
    if (node.type.name !== "imagePlaceholder") return true;
    const blob = targets(node) ? data[index++] : null;
    if (!blob) {
      missing += 1;
      return false;
    }
    const key = `paste-${Date.now()}-${uploadCount++}`;
    tr.setNodeMarkup(pos, undefined, { ...node.attrs, uploading: key });
    uploads.push({ key, data: blob });
    return false;
  });
  view.dispatch(tr.scrollIntoView().setMeta("paste", true).setMeta("uiEvent", "paste"));
  if (uploads.length) context.report(`正在上传粘贴的 ${uploads.length} 张图片…`);
  void uploadAll(view, uploads, missing, context);
}

/**
 * The editor's paste handler for pictures. cleanPastedHtml has already turned every image
 * that is not this newsroom's upload into a placeholder; here they get their data back where
 * the clipboard has it, the way Word and WPS provide it:
 * - with RTF (Word, WPS), the `\pict` pictures in order stand for the HTML's local images,
 *   when there are as many of them (otherwise matching by order could misplace a photo);
 * - without RTF, image files on the clipboard (a browser's "copy image", a screenshot) stand
 *   for the placeholders when the numbers match, or are the paste when there is no HTML.
 * Foreign URLs are never fetched: their placeholders stay, and the person is told.
 */
export function createPasteHandler(context: PasteContext) {
  return (view: EditorView, event: ClipboardEvent, slice: Slice): boolean => {
    const clipboard = event.clipboardData;
    if (!clipboard) return false;
    context.report(null);
    const files = Array.from(clipboard.files).filter((file) => IMAGE_TYPES.has(file.type));
    const placeholderType = view.state.schema.nodes.imagePlaceholder!;
    if (slice.content.size === 0) {
      if (files.length === 0) return false;
      const nodes = files.map(() => placeholderType.create({ origin: "local" }));
      insertAndUpload(view, new Slice(Fragment.from(nodes), 0, 0), () => true, files, context);
      return true;
    }
    const placeholders = placeholdersOf(slice.content);
    if (placeholders.length === 0) return false;
    const rtf = clipboard.getData("text/rtf");
    if (rtf) {
      const local = placeholders.filter((node) => node.attrs.origin === "local");
      const pictures = extractRtfPictures(rtf);
      const data =
        pictures.length === local.length
          ? pictures.map((p) =>
              p.bytes && p.type ? new Blob([p.bytes as BlobPart], { type: p.type }) : null,
            )
          : [];
      insertAndUpload(view, slice, (node) => node.attrs.origin === "local", data, context);
      return true;
    }
    insertAndUpload(view, slice, () => true, files.length === placeholders.length ? files : [], context);
    return true;
  };
}
