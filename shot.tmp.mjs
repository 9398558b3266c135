import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
p.on('console', (m) => console.log('console', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror', e.message));
await p.goto(process.argv[2] ?? 'http://127.0.0.1:4173/');
await p.waitForTimeout(2500);
await p.screenshot({ path: process.argv[3] ?? '/tmp/shot.png' });
await b.close();
