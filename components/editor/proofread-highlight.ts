import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

export const proofreadKey = new PluginKey<DecorationSet>("proofread");

/** Marks proofreading hints in the text (wavy underline); set by a transaction meta, moved with edits. */
export const ProofreadHighlight = Extension.create({
  name: "proofreadHighlight",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: proofreadKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const ranges = tr.getMeta(proofreadKey) as { from: number; to: number }[] | undefined;
            if (ranges) {
              return DecorationSet.create(
                tr.doc,
                ranges.map((r) =>
                  Decoration.inline(r.from, Math.max(r.to, r.from + 1), { class: "proof-flag" }),
                ),
              );
            }
            return set.map(tr.mapping, tr.doc);
          },
        },
        props: { decorations: (state) => proofreadKey.getState(state) },
      }),
    ];
  },
});
