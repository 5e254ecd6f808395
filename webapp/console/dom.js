// Small helpers to build the console's DOM. Text always goes in as text (textContent), never as
// HTML: what reporters write is shown, not run. Copyright Waakzaam, EUPL-1.2.

/**
 * Makes an element: h('p', {class: 'x'}, 'text', child). Attributes starting with "on" become
 * event listeners; null, undefined and false children are left out.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the content of an element. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

/** A Utrecht button; kind is 'primary-action' or 'secondary-action'. */
export function button(text, onClick, kind = 'secondary-action', attributes = {}) {
  return h(
    'button',
    {
      type: attributes.type || 'button',
      class: `utrecht-button utrecht-button--${kind}`,
      onClick,
      ...attributes,
    },
    text,
  );
}

let ids = 0;

/** A unique id for a label's "for" and an error's "aria-describedby". */
export function uniqueId(prefix) {
  ids += 1;
  return `${prefix}-${ids}`;
}

/**
 * A labelled form field with room for an error message next to it. control is an input, select or
 * textarea without an id; the field gives it one.
 */
export function field(labelText, control, hint, required = false) {
  const id = uniqueId('veld');
  control.id = id;
  const error = h('p', { class: 'utrecht-form-field-error-message', id: `${id}-fout`, hidden: true });
  const hintElement = hint
    ? h('p', { class: 'utrecht-form-field-description', id: `${id}-uitleg` }, hint)
    : null;
  control.setAttribute('aria-describedby', [hintElement ? `${id}-uitleg` : null, `${id}-fout`].filter(Boolean).join(' '));
  const wrapper = h(
    'div',
    { class: 'utrecht-form-field waakzaam-console-field' },
    h('label', { class: 'utrecht-form-label', for: id }, labelText),
    hintElement,
    error,
    control,
  );
  wrapper.showError = (message) => {
    error.textContent = message || '';
    error.hidden = !message;
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  };
  wrapper.control = control;
  wrapper.required = required;
  if (required) control.setAttribute('aria-required', 'true');
  return wrapper;
}

/** A select with [value, label] options. */
export function select(options, value, attributes = {}) {
  return h(
    'select',
    { class: 'utrecht-select utrecht-select--html-select', ...attributes },
    options.map(([optionValue, label]) =>
      h('option', { value: optionValue, selected: optionValue === value }, label),
    ),
  );
}

export function textarea(attributes = {}) {
  return h('textarea', { class: 'utrecht-textarea utrecht-textarea--html-textarea', rows: 4, ...attributes });
}

export function textInput(attributes = {}) {
  return h('input', { class: 'utrecht-textbox utrecht-textbox--html-input', type: 'text', ...attributes });
}

/** A date and time in Dutch, such as "30 nov. 2026 14:05". */
export function dateTime(iso) {
  if (!iso) return '—';
  return new Intl.DateTimeFormat('nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

/** How long until (or since) a deadline, in Dutch: "nog 3 dagen", "2 uur te laat". */
export function timeLeft(iso, now = Date.now()) {
  if (!iso) return '—';
  const millis = new Date(iso).getTime() - now;
  const late = millis < 0;
  const hours = Math.floor(Math.abs(millis) / 3_600_000);
  const amount = hours >= 48 ? `${Math.floor(hours / 24)} dagen` : hours >= 1 ? `${hours} uur` : 'minder dan een uur';
  return late ? `${amount} te laat` : `nog ${amount}`;
}
