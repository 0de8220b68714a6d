export declare const RENDER_MARGIN_MS: number;
export declare function openInvalidationReader(file: string): { invalidatedSince(tags: string[], renderedAt: number): boolean };
