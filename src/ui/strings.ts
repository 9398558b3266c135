// The UI's string table lives in src/i18n; this re-export keeps imports short.
export { t } from '../i18n';
