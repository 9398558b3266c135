/** Handsontable licence key, set at build time via VITE_HANDSONTABLE_LICENSE_KEY. */
const fromEnv: unknown = import.meta.env.VITE_HANDSONTABLE_LICENSE_KEY;

export const handsontableLicenseKey: string =
  typeof fromEnv === 'string' && fromEnv !== '' ? fromEnv : 'non-commercial-and-evaluation';
