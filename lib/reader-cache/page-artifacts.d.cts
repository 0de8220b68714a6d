import type { LRUCache } from "lru-cache";

export interface PageArtifact {
  body: Buffer;
  status: number;
  contentType: string;
  etag: string;
  tags: string[];
  renderedAt: number;
  gzip?: Buffer;
}
export declare function pageArtifacts(): LRUCache<string, PageArtifact>;
export declare function rememberPage(key: string, value: unknown, renderedAt: number): void;
export declare function pagePathOfKey(key: string): string;
