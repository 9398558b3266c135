export const APP_TITLE = '区县卫生健康指标对比表';

const app = document.querySelector<HTMLDivElement>('#app');
if (app) {
  const h1 = document.createElement('h1');
  h1.textContent = APP_TITLE;
  app.replaceChildren(h1);
}
