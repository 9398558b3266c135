// Strings of the Sharing (sync) dialog, English: key for key as syncView.zh.ts.
import type { syncViewZh } from './syncView.zh';

export const syncViewEn: typeof syncViewZh = {
  title: 'Sharing (sync)',
  intro:
    "Sync this workbook with the office CouchDB server so colleagues share one set of data; edit as usual while offline, and changes upload once you're back online. When off, the data stays in this browser only.",
  server: 'Server database address',
  serverHint: 'e.g. http://office-server:5984/workbook (from your IT office)',
  user: 'User name',
  password: 'Password',
  passwordNote:
    'The password is never stored: the server keeps a session after login; log in again when it expires.',
  login: 'Log in and start syncing',
  loggingIn: 'Logging in…',
  stop: 'Stop sharing',
  logout: 'Log out',
  close: 'Close',
  status: 'Status',
  offWord: 'Sharing off',
  as: (user: string, server: string) => (user ? `${user} @ ${server}` : server),
  explain: {
    off: 'Sharing is off: the workbook is kept in this browser only. Enter the server address, user name and password, then press “Log in and start syncing”.',
    connecting: 'Connecting to the server…',
    synced: 'Your changes are all uploaded, and the server’s changes all received.',
    syncing: (n: number) =>
      n
        ? `Uploading or receiving changes; ${n} still to upload.`
        : 'Uploading or receiving changes.',
    offline: (n: number) =>
      `The server cannot be reached (no network, or the server is down). Keep working: ${n ? `${n} changes are kept here and ` : 'changes '}upload by themselves once online.`,
    unauthorized:
      'Not logged in: the session expired or you logged out. Enter your password to log in again; changes not yet uploaded are kept here.',
    forbidden: (detail: string) =>
      `Server refused: this account may not write to the database${detail ? ` (${detail})` : ''}. Log in with an account that may write, or ask your IT office.`,
    notFound:
      'The server has no such database: check the address (it ends with the database name, e.g. …/workbook).',
    server: (detail: string) =>
      `Server error${detail ? ` (${detail})` : ''}: retried automatically; ask your IT office if it persists.`,
    otherTab:
      'Another tab of this browser is syncing this workbook; this tab shows what it receives. Close that tab and this one takes over.',
  },
  pending: (n: number) => `${n} to upload`,
  conflicts: (n: number) => `Sync conflicts (${n})`,
  conflictsNone: 'No sync conflicts.',
  conflictsIntro:
    'Two members changed the same item before seeing each other’s change (at least one was not connected); every version is kept. Choose one and every member uses it (can be undone).',
  deck: (n: number) => `${n} slide${n === 1 ? '' : 's'}`,
  deckSlides: (n: number, titles: string) => `${n} slide${n === 1 ? '' : 's'}: ${titles}`,
  slideKind: {
    across: 'Districts compared',
    progress: 'Goal progress',
    years: 'Over the years',
    scorecard: 'Scorecard',
    map: 'Map',
  },
  andMore: (n: number) => `and ${n} more`,
  doc: {
    goalSet: (name: string) => `Goal set: ${name}`,
    catalog: (name: string) => `Catalog: ${name}`,
    peerGroup: (name: string) => `Comparison group: ${name}`,
    deck: 'Slides',
    unknown: (id: string) => `Unrecognised document ${id}`,
  },
  groupMembers: (name: string, members: string) => `${name}: ${members || 'no districts'}`,
  refusedWhy: {
    unknownDoc: 'not a sync document of this app',
    wrongType: 'content does not match the document type',
  },
  field: { by: 'author', at: 'time of change' },
  targets: (n: number) => `${n} target${n === 1 ? '' : 's'}`,
  members: (n: number) => `${n} district${n === 1 ? '' : 's'}`,
  removed: 'Deleted',
  refused: (n: number) => `Remote documents not applied (${n})`,
  refusedIntro: 'These documents from other members failed the checks and were not applied:',
  rejected: (n: number) => `Your changes the server refused (${n})`,
  rejectedItem: (reason: string) => `Server refused: ${reason}`,
  error: {
    server:
      'Enter the server database address (starting with http:// or https://, without a user name or password).',
    noDatabaseInAddress:
      'This is the server’s address without a database: the address ends with the database name, e.g. http://office-server:5984/workbook.',
    systemDatabase:
      'This is one of CouchDB’s own system databases (its name starts with _), not a workbook database: the address ends with the workbook database’s name, e.g. http://office-server:5984/workbook.',
    noDatabase: (url: string) =>
      `The server has no such database (${url}): check the database name at the end of the address. Sharing was not turned on.`,
    notMember: (user: string) =>
      `Logged in, but the account ${user} is not a member of this database. Sharing was not turned on; ask your IT office to add it.`,
    unreachable: (url: string) =>
      `The server cannot be reached (${url}): check the address and the network, and that the server is running. Sharing was not turned on.`,
    user: 'Enter your user name.',
    wrongPassword: 'Login failed: wrong user name or password.',
    password: 'Enter your password.',
    login: (why: string) => `Login failed: ${why}`,
    start: (why: string) => `Could not start syncing: ${why}`,
  },
};
