/** Draws the matrix onto a canvas (at 2× for sharp text) and returns it as a PNG blob. */
import { LABEL_FONT } from "../style/palette.ts";
import type { Matrix } from "./matrix.ts";

export async function matrixToPng(matrix: Matrix, title: string, scale = 2): Promise<Blob> {
  const cellW = 84;
  const firstW = 180;
  const rowH = 28;
  const headH = 64;
  const width = firstW + cellW * (matrix.regions.length + 1) + 20;
  const height = headH + rowH * (matrix.rows.length + 1) + 20;
  const canvas = document.createElement("canvas");
  canvas.width = width * scale;
  canvas.height = height * scale;
  const g = canvas.getContext("2d");
  if (!g) throw new Error("export: no 2d canvas");
  g.scale(scale, scale);
  g.fillStyle = "#ffffff";
  g.fillRect(0, 0, width, height);
  g.fillStyle = "#1f2933";
  g.font = `600 16px ${LABEL_FONT}`;
  g.fillText(title, 10, 26);
  g.font = `600 13px ${LABEL_FONT}`;
  const headers = ["产业", ...matrix.regions.map((r) => r.name), "地区数"];
  headers.forEach((h, i) => g.fillText(h, i === 0 ? 10 : firstW + cellW * (i - 1), headH), 0);
  g.font = `13px ${LABEL_FONT}`;
  matrix.rows.forEach((row, r) => {
    const y = headH + rowH * (r + 1);
    if (r % 2 === 0) {
      g.fillStyle = "#f3f4f6";
      g.fillRect(0, y - rowH + 8, width, rowH);
    }
    g.fillStyle = "#1f2933";
    g.fillText(row.name, 10, y);
    row.cells.forEach((count, c) => {
      const x = firstW + cellW * c;
      if (count > 0) {
        g.fillStyle = "#59a14f";
        g.fillRect(x, y - 16, Math.min(cellW - 24, 10 + count * 8), 18);
        g.fillStyle = "#1f2933";
        g.fillText(String(count), x + 4, y - 2);
      }
    });
    g.fillText(String(row.regionCount), firstW + cellW * matrix.regions.length, y);
  });
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("export: PNG encoding failed"))), "image/png"));
}
