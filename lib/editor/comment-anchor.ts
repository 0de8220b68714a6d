import { Mark, mergeAttributes } from "@tiptap/core";

/** The form of an anchor id: made by the newsroom editor, checked wherever one arrives. */
export const ANCHOR_ID = /^[a-z0-9]{8,32}$/;

/**
 * Where a 批注 is anchored: a mark on the passage it is about, carrying the comment's anchor
 * id. Being part of the document, it moves with the text through anyone's edits (and conflicts,
 * restores), and disappears with it when the passage is deleted, which is how a comment
 * becomes 已失效. Several comments may cover the same words. Typing at either end does not
 * extend it. Readers never see it (renderArticleHtml drops it).
 */
export const CommentAnchor = Mark.create({
  name: "commentAnchor",
  inclusive: false,
  excludes: "",
  spanning: true,

  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-comment-id"),
        renderHTML: (attributes) => ({ "data-comment-id": attributes.id }),
      },
    };
  },

  parseHTML() {
    return [{ tag: "span[data-comment-id]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["span", mergeAttributes({ class: "comment-anchor" }, HTMLAttributes), 0];
  },
});
