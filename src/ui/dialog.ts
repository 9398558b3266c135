// The dialogs live in src/views (the lowest screen layer); ui keeps its short import.
export { confirmDialog, promptDialog } from '../views/dialog';
