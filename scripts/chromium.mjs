// Finding the browser the scripts drive: CHROME_PATH, else `chromium` on PATH, else Debian's path.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** An executable on PATH, like `which`. */
export function which(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not in this dir
    }
  }
  return undefined;
}

export const chromiumPath = () =>
  process.env.CHROME_PATH || which('chromium') || '/usr/bin/chromium';

/** Without these Chromium keeps dialling Google's hosts, which this network refuses. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
