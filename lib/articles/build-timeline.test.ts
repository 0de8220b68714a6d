import { describe, expect, it } from "vitest";
import { buildTimeline } from "./build-timeline";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 2, minute));
const actor = (displayName: string) => ({ displayName });

describe("buildTimeline", () => {
  it("tells an article's story in order, naming stages and carrying opinions and comments", () => {
    const events: Parameters<typeof buildTimeline>[0] = [
      {
        id: "e1",
        fromStatus: null,
        toStatus: "DRAFT",
        stage: null,
        note: "新建稿件",
        createdAt: at(0),
        actor: actor("张明"),
      },
      {
        id: "e2",
        fromStatus: "DRAFT",
        toStatus: "SUBMITTED",
        stage: null,
        note: "",
        createdAt: at(5),
        actor: actor("张明"),
      },
      {
        id: "e3",
        fromStatus: "SUBMITTED",
        toStatus: "SUBMITTED",
        stage: 1,
        note: "事实核实无误",
        createdAt: at(20),
        actor: actor("王芳"),
      },
      {
        id: "e4",
        fromStatus: "SUBMITTED",
        toStatus: "APPROVED",
        stage: 3,
        note: "同意刊发",
        createdAt: at(40),
        actor: actor("陈静"),
      },
    ];
    const comments = [
      { id: "c1", body: "第二段数据请核实", parentId: null, createdAt: at(10), author: actor("王芳") },
    ];
    expect(buildTimeline(events, comments, 3).map((e) => [e.who, e.what, e.note])).toEqual([
      ["张明", "草稿", "新建稿件"],
      ["张明", "草稿 → 已提交", ""],
      ["王芳", "批注", "第二段数据请核实"],
      ["王芳", "初审通过", "事实核实无误"],
      ["陈静", "终审通过", "同意刊发"],
    ]);
  });
});
