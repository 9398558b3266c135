import { beforeEach, describe, expect, it } from 'vitest';
import { addressProblem, cleanServerUrl, readSyncConfig, saveSyncConfig } from './syncConfig';

describe('the server address', () => {
  it('takes a database URL and drops a trailing slash', () => {
    expect(cleanServerUrl(' http://office:5984/workbook/ ')).toBe('http://office:5984/workbook');
    expect(cleanServerUrl('https://h.lan/couchdb/workbook')).toBe('https://h.lan/couchdb/workbook');
  });

  it('refuses credentials in it, other schemes, a bare server and text', () => {
    expect(cleanServerUrl('http://alice:pw@office:5984/workbook')).toBeNull();
    expect(cleanServerUrl('ftp://office/workbook')).toBeNull();
    expect(cleanServerUrl('http://office:5984/')).toBeNull();
    expect(cleanServerUrl('office')).toBeNull();
  });
});

describe('what is remembered', () => {
  const store = new Map<string, string>();
  beforeEach(() => {
    store.clear();
    Object.assign(globalThis, {
      localStorage: {
        getItem: (k: string) => store.get(k) ?? null,
        setItem: (k: string, v: string) => store.set(k, v),
      },
    });
  });

  it('keeps the server and user, never a password', () => {
    saveSyncConfig({ server: 'http://o/w', user: 'alice', on: true, password: 'x' } as never);
    expect(readSyncConfig()).toEqual({ server: 'http://o/w', user: 'alice', on: true });
    expect([...store.values()].join()).not.toContain('"x"');
  });

  it('reads nothing from a broken or missing record', () => {
    expect(readSyncConfig()).toEqual({ server: '', user: '', on: false });
    store.set('district-health-sync', '{oops');
    expect(readSyncConfig()).toEqual({ server: '', user: '', on: false });
  });
});

describe('what is wrong with an address', () => {
  it('says the address must name the database when it is only the server', () => {
    expect(addressProblem('http://127.0.0.1:5992/')).toBe('noDatabase');
    expect(addressProblem('http://127.0.0.1:5992')).toBe('noDatabase');
    expect(addressProblem('http://127.0.0.1:5992/_users')).toBe('systemDatabase');
    expect(addressProblem('https://office.lan/couchdb/_replicator/')).toBe('systemDatabase');
    expect(addressProblem('https://office.lan/couchdb/workbook')).toBeNull();
    expect(addressProblem('office-server')).toBe('notUrl');
    expect(addressProblem('http://a:b@office/workbook')).toBe('credentials');
    expect(addressProblem('http://office:5984/workbook')).toBeNull();
  });
});
