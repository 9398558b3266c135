// Handsontable's core CSS. src/main.ts imports this module after everything else, so the rules
// come last of the page's CSS: where Handsontable's own injected copy sat in the cascade (the
// build leaves that JS copy out: vite.config.ts, htCoreCssOnce).
import 'handsontable/styles/handsontable.min.css';
