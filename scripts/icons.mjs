#!/usr/bin/env node
// Renders the app icon (a white bar chart on a #0b57d0 rounded square, no text) to
// public/favicon.svg and the PWA icons public/icon-192.png, icon-512.png, icon-maskable-512.png.
// Uses Playwright with the system Chromium (CHROME_PATH, else /usr/bin/chromium). Run: npm run icons
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium.mjs';

const root = join(import.meta.dirname, '..');
const ACCENT = '#0b57d0';

/**
 * The glyph on a 512×512 canvas: three rising bars on a baseline, centred.
 * `maskable` fills the whole square and shrinks the glyph into the 80 % safe circle.
 */
function iconSvg({ maskable = false } = {}) {
  const bars = [
    { x: 128, h: 96 },
    { x: 228, h: 160 },
    { x: 328, h: 224 },
  ]
    .map(({ x, h }) => `<rect x="${x}" y="${354 - h}" width="56" height="${h}" rx="10" />`)
    .join('\n      ');
  const glyph = `<g fill="#fff">
      ${bars}
      <rect x="104" y="362" width="304" height="20" rx="10" />
    </g>`;
  const bg = maskable
    ? `<rect width="512" height="512" fill="${ACCENT}" />`
    : `<rect width="512" height="512" rx="96" fill="${ACCENT}" />`;
  const body = maskable
    ? `<g transform="translate(256 256) scale(0.8) translate(-256 -256)">\n    ${glyph}\n  </g>`
    : glyph;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  ${bg}
  ${body}
</svg>
`;
}

const executablePath = chromiumPath();
const browser = await chromium.launch({
  executablePath,
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const render = async (svg, size, file) => {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true, type: 'png' });
    writeFileSync(join(root, 'public', file), png);
    console.log(`public/${file}: ${size}×${size}, ${png.length} bytes`);
  };
  await render(iconSvg(), 192, 'icon-192.png');
  await render(iconSvg(), 512, 'icon-512.png');
  await render(iconSvg({ maskable: true }), 512, 'icon-maskable-512.png');
  writeFileSync(join(root, 'public', 'favicon.svg'), iconSvg());
  console.log('public/favicon.svg');
} finally {
  await browser.close();
}
