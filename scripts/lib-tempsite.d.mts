export function makeTempSite(root?: string, prefix?: string): string;
export function buildTempSite(dir: string, outDir: string): void;
export function removeTempSite(dir: string): void;
