// The DOM helpers live in src/views (the lowest screen layer); ui keeps its short import.
export { el, option } from '../views/el';
