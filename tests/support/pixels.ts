/** Reads a screenshot back inside the page (no image library needed) to count pixels of given colours. */
import type { Page } from "playwright-core";

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** For each `#rrggbb` colour, how many pixels of the PNG lie within `tolerance` of it (per channel). */
export async function countColours(page: Page, png: Buffer, colours: readonly string[], tolerance = 6, region?: Region): Promise<number[]> {
  return page.evaluate(
    async ({ base64, colours, tolerance, region }) => {
      const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
      const bitmap = await createImageBitmap(blob);
      const r = region ?? { x: 0, y: 0, width: bitmap.width, height: bitmap.height };
      const canvas = new OffscreenCanvas(r.width, r.height);
      const ctx = canvas.getContext("2d");
      if (!ctx) throw new Error("no 2d context");
      ctx.drawImage(bitmap, -r.x, -r.y);
      const data = ctx.getImageData(0, 0, r.width, r.height).data;
      const targets = colours.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
      const counts = targets.map(() => 0);
      for (let i = 0; i < data.length; i += 4) {
        targets.forEach((t, k) => {
          if (Math.abs(data[i]! - t[0]!) <= tolerance && Math.abs(data[i + 1]! - t[1]!) <= tolerance && Math.abs(data[i + 2]! - t[2]!) <= tolerance) counts[k]!++;
        });
      }
      return counts;
    },
    { base64: png.toString("base64"), colours: [...colours], tolerance, region },
  );
}
