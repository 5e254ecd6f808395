// The work queue: the signals of the staff member's regions, filtered and sorted as they choose,
// a page at a time, with the counts per status. Filters live in the address (#/?status=...), so a
// view can be bookmarked and the back button works. Copyright Waakzaam, EUPL-1.2.

import { call } from './api.js';
import { button, dateTime, field, h, replace, select, timeLeft } from './dom.js';
import { DEADLINE, KIND, PRIORITY, SECTOR, SLA, STATUS, label, options } from './labels.js';
import { overduePackages } from './forwarding.js';
import { offeredSignals } from './transfer.js';
import { rememberQueue } from './keys.js';

// The server reads 'open' as the statuses in which staff still handle a signal.
const OPEN = 'open';

/** Shows the queue in main for the filters of params (URLSearchParams). */
export async function showQueue(main, params, session) {
  const filters = {
    status: params.get('status') ?? OPEN,
    kind: params.get('kind') ?? '',
    sector: params.get('sector') ?? '',
    priority: params.get('priority') ?? '',
    assignee: params.get('assignee') ?? '',
    sla: params.get('sla') ?? '',
    unread: params.get('unread') ?? '',
    q: params.get('q') ?? '',
    sort: params.get('sort') ?? 'deadline',
  };
  const results = h('div', { 'aria-live': 'polite' });
  replace(
    main,
    h('h1', { class: 'utrecht-heading-1', tabindex: '-1' }, 'Werkvoorraad'),
    h('p', { class: 'utrecht-paragraph' }, `Meldingen van ${session.regionNames}.`),
    await offeredSignals(),
    session.may('signal:route') ? await overduePackages(session) : null,
    savedViews(session),
    filterForm(filters),
    results,
  );
  await loadPage(results, filters, null, true);
}

function filterForm(filters) {
  const status = field(
    'Status',
    select(
      [[OPEN, 'Alle open meldingen'], ['', 'Alle meldingen'], ...options(STATUS)],
      filters.status,
      { name: 'status' },
    ),
  );
  const kind = field('Soort', select([['', 'Alle soorten'], ...options(KIND)], filters.kind, { name: 'kind' }));
  const sector = field('Sector', select([['', 'Alle sectoren'], ...options(SECTOR)], filters.sector, { name: 'sector' }));
  const priority = field(
    'Prioriteit',
    select([['', 'Alle prioriteiten'], ...options(PRIORITY)], filters.priority, { name: 'priority' }),
  );
  const assignee = field(
    'Behandelaar',
    select(
      [['', 'Iedereen'], ['me', 'Aan mij toegewezen'], ['none', 'Niet toegewezen']],
      filters.assignee,
      { name: 'assignee' },
    ),
  );
  const sla = field('Termijn', select([['', 'Alle'], ...options(SLA)], filters.sla, { name: 'sla' }));
  const unread = field('Berichten', select([['', 'Alle'], ['true', 'Nieuw antwoord van de melder']], filters.unread, { name: 'unread' }));
  const search = field(
    'Zoeken',
    h('input', { class: 'utrecht-textbox utrecht-textbox--html-input', type: 'search', name: 'q', value: filters.q, maxlength: '100', autocomplete: 'off' }),
    'Kenmerk, plaats, postcode of tekst; / brengt u hier.',
  );
  const sort = field(
    'Sorteren op',
    select(
      [
        ['deadline', 'Eerstvolgende termijn'],
        ['newest', 'Nieuwste eerst'],
        ['oldest', 'Oudste eerst'],
      ],
      filters.sort,
      { name: 'sort' },
    ),
  );
  const form = h(
    'form',
    { class: 'waakzaam-console-filters', 'aria-label': 'Filters', role: 'search' },
    search, status, kind, sector, priority, assignee, sla, unread, sort,
  );
  // Filters apply as they change; the search when Enter is pressed or the typing pauses.
  const apply = () => {
    const chosen = new URLSearchParams();
    for (const element of form.elements) {
      if (element.name && element.value) chosen.set(element.name, element.value);
    }
    const wanted = `#/?${chosen}`;
    if (location.hash !== wanted) location.hash = wanted;
  };
  form.addEventListener('change', (event) => {
    if (event.target.name !== 'q') apply();
  });
  let pause;
  search.control.addEventListener('input', () => {
    clearTimeout(pause);
    pause = setTimeout(apply, 600);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(pause);
    apply();
  });
  return form;
}

/** Views a staff member keeps by name in this browser: a filter set one click away. */
function savedViews(session) {
  const key = `waakzaam-console-views-${session.username}`;
  const read = () => {
    try {
      return JSON.parse(localStorage.getItem(key) || '[]');
    } catch (e) {
      return [];
    }
  };
  const list = h('ul', { class: 'waakzaam-console-views', 'aria-label': 'Bewaarde weergaven' });
  const draw = () => {
    replace(
      list,
      read().map((view, index) =>
        h(
          'li',
          {},
          h('a', { class: 'utrecht-link utrecht-link--html-a', href: view.hash }, view.name),
          ' ',
          button('Verwijder', () => {
            const views = read();
            views.splice(index, 1);
            localStorage.setItem(key, JSON.stringify(views));
            draw();
          }, 'subtle', { 'aria-label': `Verwijder weergave ${view.name}` }),
        ),
      ),
    );
  };
  draw();
  const name = field('Naam voor deze weergave', h('input', { class: 'utrecht-textbox utrecht-textbox--html-input', type: 'text', maxlength: '40' }));
  const keep = h(
    'form',
    { class: 'waakzaam-console-saved__form', 'aria-label': 'Weergave bewaren' },
    name,
    button('Bewaar deze weergave', null, 'secondary-action', { type: 'submit' }),
  );
  keep.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = name.control.value.trim();
    name.showError(chosen ? null : 'Geef de weergave een naam.');
    if (!chosen) return;
    const views = read().filter((v) => v.name !== chosen);
    views.push({ name: chosen, hash: location.hash || '#/' });
    localStorage.setItem(key, JSON.stringify(views));
    name.control.value = '';
    draw();
  });
  return h('details', { class: 'waakzaam-console-saved' }, h('summary', {}, 'Bewaarde weergaven'), list, keep);
}

async function loadPage(results, filters, after, first) {
  const query = new URLSearchParams({ limit: '25', sort: filters.sort });
  for (const name of ['status', 'kind', 'sector', 'priority', 'assignee', 'sla', 'unread', 'q']) {
    if (filters[name]) query.set(name, filters[name]);
  }
  if (after) query.set('after', after);
  const page = await call(`triage/queue?${query}`);
  if (first) {
    replace(results, counts(page.counts, filters), table(page.items, filters.sort));
  } else {
    results.querySelector('tbody').append(...page.items.map(row));
    results.querySelector('.waakzaam-console-more')?.remove();
  }
  rememberQueue([...results.querySelectorAll('tbody th a')].map((a) => a.textContent));
  if (page.next) {
    results.append(
      h(
        'p',
        { class: 'waakzaam-console-more' },
        button('Meer meldingen', () => loadPage(results, filters, page.next, false)),
      ),
    );
  }
}

/** The counts per status, each a link to the queue of that status. */
function counts(perStatus, filters) {
  const to = (status) => {
    const chosen = new URLSearchParams();
    chosen.set('status', status);
    if (filters.sort) chosen.set('sort', status === 'CLOSED' || status === 'REJECTED' || status === 'MERGED' ? 'newest' : filters.sort);
    return `#/?${chosen}`;
  };
  return h(
    'ul',
    { class: 'waakzaam-console-counts', 'aria-label': 'Aantallen per status' },
    Object.keys(STATUS).map((status) =>
      h(
        'li',
        {},
        h(
          'a',
          { class: 'utrecht-link utrecht-link--html-a', href: to(status), 'aria-current': filters.status === status ? 'true' : null },
          h('span', { class: 'waakzaam-console-counts__number' }, String(perStatus[status] ?? 0)),
          ' ',
          STATUS[status],
        ),
      ),
    ),
  );
}

function table(items, sort) {
  if (items.length === 0) {
    return h('p', { class: 'utrecht-paragraph' }, 'Geen meldingen met deze filters.');
  }
  return h(
    'table',
    { class: 'utrecht-table waakzaam-console-queue' },
    h('caption', { class: 'utrecht-table__caption' }, sort === 'deadline' ? 'Meldingen, eerstvolgende termijn eerst' : 'Meldingen'),
    h(
      'thead',
      { class: 'utrecht-table__header' },
      h(
        'tr',
        { class: 'utrecht-table__row' },
        ['Kenmerk', 'Soort', 'Plaats', 'Status', 'Prioriteit', 'Behandelaar', 'Ontvangen', 'Termijn'].map((name) =>
          h('th', { class: 'utrecht-table__header-cell', scope: 'col' }, name),
        ),
      ),
    ),
    h('tbody', { class: 'utrecht-table__body' }, items.map(row)),
  );
}

function row(item) {
  const cell = (name, ...content) => h('td', { class: 'utrecht-table__cell', 'data-label': name }, ...content);
  const slaClass = `waakzaam-console-sla waakzaam-console-sla--${(item.sla || 'NONE').toLowerCase()}`;
  return h(
    'tr',
    { class: 'utrecht-table__row' },
    h(
      'th',
      { class: 'utrecht-table__header-cell', scope: 'row' },
      h('a', { class: 'utrecht-link utrecht-link--html-a', href: `#/melding/${item.reference}` }, item.reference),
      item.unread ? h('span', { class: 'waakzaam-console-unread' }, ' Nieuw antwoord') : null,
    ),
    cell('Soort', label(KIND, item.kind)),
    cell('Plaats', item.place || '—'),
    cell('Status', label(STATUS, item.status)),
    cell('Prioriteit', label(PRIORITY, item.priority)),
    cell('Behandelaar', item.assignee || '—'),
    cell('Ontvangen', dateTime(item.receivedAt)),
    cell(
      'Termijn',
      item.deadline
        ? h('span', { class: slaClass }, `${timeLeft(item.deadline)} (${label(DEADLINE, item.deadlineKind)})`)
        : '—',
    ),
  );
}
