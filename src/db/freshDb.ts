// Databases for tests: opened in fake-indexeddb, closed after each test.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { openDb, type Db } from './db';

const open: Db[] = [];
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});

/** The database `name` (a new one unless a test opened it before), closed after the test. */
export async function freshDb(name: string): Promise<Db> {
  const r = await openDb(name);
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  open.push(r.value);
  return r.value;
}
