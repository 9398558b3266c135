/** Types for scripts/couch-test-server.mjs (the test CouchDB: express-pouchdb in memory). */
export interface CouchTestServer {
  /** e.g. http://127.0.0.1:40123 */
  url: string;
  /** `${url}/workbook` */
  dbUrl: string;
  /** Stops the server and frees its port. */
  close(): Promise<void>;
}
export declare const ADMIN: { name: string; password: string };
export declare const DB_NAME: string;
export declare const PLANNERS: readonly string[];
export declare const READER: string;
export declare const VALIDATE_DOC: { _id: string; validate_doc_update: string };
export declare function startCouchServer(options?: {
  port?: number;
  origins?: readonly string[];
}): Promise<CouchTestServer>;
/** A database set up like `workbook` (for specs running in parallel); resolves to its URL. */
export declare function createWorkbookDatabase(url: string, name: string): Promise<string>;
