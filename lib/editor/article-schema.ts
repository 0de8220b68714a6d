import { getSchema } from "@tiptap/core";
import { articleExtensions } from "./extensions";

/**
 * The ProseMirror schema of an article document, built once. Building it is the costly part of
 * checking or rendering a document (Tiptap's static renderer builds one on every call it is
 * given JSON: about 2 ms of each article page's render).
 */
export const articleSchema = getSchema(articleExtensions);
