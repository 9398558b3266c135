// Modal confirm / prompt built on <dialog>, so wording stays in our string table.
import { t } from '../i18n';

function open(message: string, input: string | null): Promise<string | null> {
  const dlg = document.createElement('dialog');
  dlg.className = 'app-dialog';
  const form = document.createElement('form');
  form.method = 'dialog';
  const p = document.createElement('p');
  p.textContent = message;
  form.append(p);
  let field: HTMLInputElement | null = null;
  if (input !== null) {
    field = document.createElement('input');
    field.value = input;
    field.setAttribute('aria-label', message);
    form.append(field);
  }
  const row = document.createElement('div');
  row.className = 'dialog-buttons';
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.textContent = t.cancel;
  const ok = document.createElement('button');
  ok.value = 'ok';
  ok.className = 'primary';
  ok.textContent = t.confirm;
  row.append(cancel, ok);
  form.append(row);
  dlg.append(form);
  document.body.append(dlg);
  return new Promise((resolve) => {
    cancel.onclick = () => dlg.close('cancel');
    dlg.addEventListener('close', () => {
      resolve(dlg.returnValue === 'ok' ? (field?.value ?? '') : null);
      dlg.remove();
    });
    dlg.showModal();
    (field ?? ok).focus();
  });
}

export const confirmDialog = async (message: string) => (await open(message, null)) !== null;
export const promptDialog = (message: string, value = '') => open(message, value);
