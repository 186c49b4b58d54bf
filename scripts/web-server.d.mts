export function serveFolder(root: string, options?: { precompressed?: string }): Promise<{ url: string; close: () => void }>;
