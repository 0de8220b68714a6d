import { TableKit } from "@tiptap/extension-table";
import StarterKit from "@tiptap/starter-kit";
import { ArticleImage } from "./article-image";
import { CommentAnchor } from "./comment-anchor";
import { ImagePlaceholder } from "./image-placeholder";
import { isSafeLinkHref } from "./safe-url";

/**
 * The one list of editor extensions. The newsroom editor and the server renderer both use
 * it, so what a reporter can write is exactly what readers can be shown.
 */
export const articleExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      protocols: ["mailto"],
      isAllowedUri: (url) => isSafeLinkHref(url),
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
    },
  }),
  ArticleImage.configure({ inline: false, allowBase64: false }),
  ImagePlaceholder,
  // The wrapper is what scrolls sideways on a phone, in the editor and on reader pages alike.
  TableKit.configure({ table: { resizable: false, renderWrapper: true } }),
  // Newsroom-only: stored with the text so that it moves with it; never rendered for readers.
  CommentAnchor,
];
