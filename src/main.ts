import './ui/app.css';
import { startApp } from './ui/app';

const root = document.querySelector<HTMLElement>('#app');
if (root) {
  void startApp(root, {
    appVersion: '0.1.0',
    openAbout: () => undefined,
  });
}
