export async function runLoadBench(_o: unknown): Promise<unknown> { return {}; }
export function reportLoad(_r: unknown): string { return ""; }
