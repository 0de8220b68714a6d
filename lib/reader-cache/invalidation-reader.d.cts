export declare const RENDER_MARGIN_MS: number;
export declare function openInvalidationReader(databaseUrl: string): {
  invalidatedSince(tags: string[], renderedAt: number): boolean;
};
