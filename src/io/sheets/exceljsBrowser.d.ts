// exceljs's browser build without polyfills has the API of the package itself.
declare module 'exceljs/dist/exceljs.bare.min.js' {
  const ExcelJS: typeof import('exceljs');
  export = ExcelJS;
}
