// Keyboard work for someone who triages thirty signals a day: j and k move through the queue, Enter
// opens the signal (the row's own link), n and p go to the next and previous signal of the queue as
// last shown, and ? lists the keys. A key typed into a field is the field's, never a shortcut.
// Copyright Waakzaam, EUPL-1.2.

import { button, h } from './dom.js';

const SHOWN = 'waakzaam-console-queue-shown';

/** Remembers the references of the queue as shown, in order, for n and p on the signal view. */
export function rememberQueue(references) {
  sessionStorage.setItem(SHOWN, JSON.stringify(references));
}

/** The references before and after {@code reference} in the queue as last shown. */
export function queueNeighbours(reference) {
  let shown = [];
  try {
    shown = JSON.parse(sessionStorage.getItem(SHOWN) || '[]');
  } catch (e) {
    shown = [];
  }
  const at = shown.indexOf(reference);
  if (at < 0) return { previous: null, next: null };
  return { previous: shown[at - 1] || null, next: shown[at + 1] || null };
}

const KEYS = [
  ['j', 'Volgende melding in de werkvoorraad'],
  ['k', 'Vorige melding in de werkvoorraad'],
  ['Enter', 'Open de gekozen melding'],
  ['n', 'Volgende melding (in een melding)'],
  ['p', 'Vorige melding (in een melding)'],
  ['/', 'Naar het zoekveld van de werkvoorraad'],
  ['?', 'Deze lijst'],
];

function typing(target) {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The rows' links of the queue on the page, in order. */
function rowLinks() {
  return [...document.querySelectorAll('.waakzaam-console-queue tbody th a')];
}

function move(step) {
  const links = rowLinks();
  if (links.length === 0) return;
  const at = links.indexOf(document.activeElement);
  const next = at < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + step));
  links[next].focus();
  links[next].closest('tr')?.scrollIntoView({ block: 'nearest' });
}

function shortcutList() {
  const dialog = h(
    'dialog',
    { class: 'waakzaam-console-keys', 'aria-labelledby': 'sneltoetsen-titel' },
    h('h2', { class: 'utrecht-heading-2', id: 'sneltoetsen-titel' }, 'Sneltoetsen'),
    h(
      'dl',
      { class: 'utrecht-data-list waakzaam-console-data' },
      KEYS.map(([key, what]) =>
        h(
          'div',
          { class: 'utrecht-data-list__item' },
          h('dt', { class: 'utrecht-data-list__item-key' }, h('kbd', {}, key)),
          h('dd', { class: 'utrecht-data-list__item-value utrecht-data-list__item-value--html-dd' }, what),
        ),
      ),
    ),
    button('Sluiten', () => dialog.close()),
  );
  dialog.addEventListener('close', () => dialog.remove());
  return dialog;
}

/** Listens for the console's keys on the whole document. */
export function listenForKeys() {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (document.querySelector('dialog[open]')) return;
    const follow = (key) => {
      const link = document.querySelector(`a[data-key="${key}"]`);
      if (link) location.hash = link.getAttribute('href');
    };
    switch (event.key) {
      case 'j':
        move(1);
        break;
      case 'k':
        move(-1);
        break;
      case 'n':
      case 'p':
        follow(event.key);
        break;
      case '/': {
        const search = document.querySelector('.waakzaam-console-filters input[name="q"]');
        if (!search) return;
        search.focus();
        break;
      }
      case '?': {
        const dialog = shortcutList();
        document.body.append(dialog);
        dialog.showModal();
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  });
}
