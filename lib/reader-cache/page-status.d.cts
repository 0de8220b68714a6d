export declare const GONE_ATTRIBUTE: "data-reader-status";
export declare function applyPageStatus(value: unknown): void;
