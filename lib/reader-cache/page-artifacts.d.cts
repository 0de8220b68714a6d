export interface PageArtifact {
  body: Buffer;
  status: number;
  contentType: string;
  etag: string;
  tags: string[];
  renderedAt: number;
  gzip?: Buffer;
}
/** When a kept page was rendered, and its tags. */
export interface PageStamp {
  tags: string[];
  renderedAt: number;
}
export declare function keptPageStamps(): Map<string, PageStamp>;
export declare function findPage(key: string): PageArtifact | undefined;
export declare function keepPage(key: string, page: PageArtifact, search?: boolean): void;
export declare function forgetPage(key: string): void;
export declare function rememberPage(key: string, value: unknown, renderedAt: number): void;
export declare function pagePathOfKey(key: string): string;
