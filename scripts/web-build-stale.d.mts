export declare const WEB_SOURCES: string[];
export declare function newestMtime(path: string): number;
export declare function staleReason(root: string, outDir: string, sources?: string[]): string | null;
