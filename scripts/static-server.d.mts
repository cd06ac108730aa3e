export interface StaticServer {
  url: string;
  close(): Promise<void>;
}
export declare function resolveUnder(root: string, urlPath: string): string | null;
export declare function serveFolder(folder: string, options?: { port?: number; host?: string }): Promise<StaticServer>;
