// The forms and sections of the signal view, shared by its parts. Copyright Waakzaam, EUPL-1.2.

import { ApiProblem } from './api.js';
import { button, h, uniqueId } from './dom.js';

/** A section of the signal view with its heading. */
export function section(title, ...children) {
  const id = uniqueId('sectie');
  return h('section', { 'aria-labelledby': id }, h('h2', { class: 'utrecht-heading-2', id }, title), ...children);
}

/**
 * A form for one action: its fields, a submit button, and the API call. Field errors of a
 * problem+json answer appear next to their field; anything else above the button. After success
 * the signal is read again (reload), with done as its notice. A form inside a disclosure has no
 * title of its own.
 */
export function actionForm(title, fields, submitText, submit, reload, done) {
  const error = h('p', { class: 'utrecht-form-field-error-message', role: 'alert', hidden: true });
  const present = Object.entries(fields).filter(([, f]) => f);
  const form = h(
    'form',
    { class: 'waakzaam-console-action', novalidate: true },
    title ? h('h3', { class: 'utrecht-heading-3' }, title) : null,
    present.map(([, f]) => f),
    error,
    button(submitText, null, 'primary-action', { type: 'submit' }),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    present.forEach(([, f]) => f.showError?.(null));
    error.hidden = true;
    const empty = present.filter(([, f]) => f.required && !f.control.value.trim());
    if (empty.length > 0) {
      empty.forEach(([, f]) => f.showError('Dit veld is verplicht.'));
      empty[0][1].control.focus();
      return;
    }
    try {
      await submit();
      await reload(done);
    } catch (e) {
      if (!(e instanceof ApiProblem)) throw e;
      let shown = false;
      for (const [name, f] of present) {
        const message = e.fieldMessage(name);
        if (message && f.showError) {
          f.showError(message);
          shown = true;
        }
      }
      if (!shown) {
        error.textContent = e.describe();
        error.hidden = false;
      }
    }
  });
  return form;
}
