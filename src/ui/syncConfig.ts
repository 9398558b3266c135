// What this browser remembers of sharing: the server database URL, the user name and whether
// sharing is on. Never the password (the server's session cookie stands for it).
const KEY = 'district-health-sync';

export interface SyncConfig {
  server: string;
  user: string;
  on: boolean;
}

export function readSyncConfig(): SyncConfig {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<SyncConfig> | null;
    return {
      server: typeof v?.server === 'string' ? v.server : '',
      user: typeof v?.user === 'string' ? v.user : '',
      on: v?.on === true && typeof v.server === 'string' && v.server !== '',
    };
  } catch {
    return { server: '', user: '', on: false };
  }
}

export function saveSyncConfig(c: SyncConfig): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ server: c.server, user: c.user, on: c.on }));
  } catch {
    // Storage refused (private mode, quota): sharing still runs in this page.
  }
}

/** What is wrong with an address, so the dialog says the right thing (null: nothing). */
export type AddressProblem = 'notUrl' | 'credentials' | 'noDatabase' | 'systemDatabase';

export function addressProblem(raw: string): AddressProblem | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return 'notUrl';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'notUrl';
  if (u.username || u.password) return 'credentials';
  // The server root alone: the address must end with the database's name.
  const path = u.pathname.replace(/\/+$/, '');
  if (path === '') return 'noDatabase';
  // CouchDB's own databases (_users, _replicator…) start with _; a workbook's name cannot.
  return path.slice(path.lastIndexOf('/') + 1).startsWith('_') ? 'systemDatabase' : null;
}

/** A database URL the engine can use: http(s), no credentials in it, no trailing slash. */
export function cleanServerUrl(raw: string): string | null {
  if (addressProblem(raw)) return null;
  const u = new URL(raw.trim());
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}
