export declare function withoutClientRuntime(html: string): string;
export declare function keepDocumentOnly(value: unknown): void;
