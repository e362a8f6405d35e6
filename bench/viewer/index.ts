export async function runViewerBench(_o: unknown): Promise<unknown> { return {}; }
export function reportViewer(_r: unknown): string { return ""; }
