// Types for virtual:pwa-register and the build constants set in vite.config.ts (`define`).
/// <reference types="vite-plugin-pwa/client" />

/** package.json "version". */
declare const __APP_VERSION__: string;
/** Build date, YYYY-MM-DD (UTC). */
declare const __BUILD_DATE__: string;
