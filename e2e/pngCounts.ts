// A PNG's pixels counted in the page (the browser decodes it): one pass, the counts the specs read.
import type { Page } from '@playwright/test';

export interface PngCounts {
  w: number;
  h: number;
  /** Pixels not fully opaque. */
  transparent: number;
  /** Pixels with red < 100: text, axes, dark fills. */
  dark: number;
  /** Pixels whose blue exceeds red by 50: the map's blue-green and purple scales. */
  bluish: number;
  /** Pixels within 24 of `near` in each channel (0 without it). */
  near: number;
}

export function pngCounts(page: Page, bytes: Buffer, near?: [number, number, number]) {
  return page.evaluate(
    async ([b64, rgb]): Promise<PngCounts> => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const out = { w: c.width, h: c.height, transparent: 0, dark: 0, bluish: 0, near: 0 };
      for (let i = 0; i < d.length; i += 4) {
        const [r, g, b, a] = [d[i] ?? 0, d[i + 1] ?? 0, d[i + 2] ?? 0, d[i + 3] ?? 0];
        if (a < 255) out.transparent++;
        if (r < 100) out.dark++;
        if (b - r > 50) out.bluish++;
        if (
          rgb &&
          Math.abs(r - rgb[0]) < 24 &&
          Math.abs(g - rgb[1]) < 24 &&
          Math.abs(b - rgb[2]) < 24
        )
          out.near++;
      }
      return out;
    },
    [bytes.toString('base64'), near ?? null] as const,
  );
}
