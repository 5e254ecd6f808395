// The work queue: the signals of the staff member's regions, filtered and sorted as they choose,
// a page at a time, with the counts per status. Filters live in the address (#/?status=...), so a
// view can be bookmarked and the back button works. Copyright Waakzaam, EUPL-1.2.

import { call } from './api.js';
import { button, dateTime, field, h, replace, select, timeLeft } from './dom.js';
import { DEADLINE, KIND, PRIORITY, SECTOR, SLA, STATUS, label, options } from './labels.js';
import { overduePackages } from './forwarding.js';
import { offeredSignals } from './transfer.js';

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
    sort: params.get('sort') ?? 'deadline',
  };
  const results = h('div', { 'aria-live': 'polite' });
  replace(
    main,
    h('h1', { class: 'utrecht-heading-1', tabindex: '-1' }, 'Werkvoorraad'),
    h('p', { class: 'utrecht-paragraph' }, `Meldingen van ${session.regionNames}.`),
    await offeredSignals(),
    session.may('signal:route') ? await overduePackages(session) : null,
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
    { class: 'waakzaam-console-filters', 'aria-label': 'Filters' },
    status, kind, sector, priority, assignee, sla, sort,
    h('div', { class: 'waakzaam-console-filters__actions' }, button('Toon', null, 'primary-action', { type: 'submit' })),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = new URLSearchParams();
    for (const element of form.elements) {
      if (element.name) chosen.set(element.name, element.value);
    }
    location.hash = `#/?${chosen}`;
  });
  return form;
}

async function loadPage(results, filters, after, first) {
  const query = new URLSearchParams({ limit: '25', sort: filters.sort });
  for (const name of ['status', 'kind', 'sector', 'priority', 'assignee', 'sla']) {
    if (filters[name]) query.set(name, filters[name]);
  }
  if (after) query.set('after', after);
  const page = await call(`triage/queue?${query}`);
  if (first) {
    replace(results, counts(page.counts), table(page.items, filters.sort));
  } else {
    results.querySelector('tbody').append(...page.items.map(row));
    results.querySelector('.waakzaam-console-more')?.remove();
  }
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

function counts(perStatus) {
  return h(
    'ul',
    { class: 'waakzaam-console-counts', 'aria-label': 'Aantallen per status' },
    Object.keys(STATUS).map((status) =>
      h('li', {}, h('span', { class: 'waakzaam-console-counts__number' }, String(perStatus[status] ?? 0)), ' ', STATUS[status]),
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
        ['Kenmerk', 'Soort', 'Status', 'Prioriteit', 'Behandelaar', 'Ontvangen', 'Termijn'].map((name) =>
          h('th', { class: 'utrecht-table__header-cell', scope: 'col' }, name),
        ),
      ),
    ),
    h('tbody', { class: 'utrecht-table__body' }, items.map(row)),
  );
}

function row(item) {
  const cell = (...content) => h('td', { class: 'utrecht-table__cell' }, ...content);
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
    cell(label(KIND, item.kind)),
    cell(label(STATUS, item.status)),
    cell(label(PRIORITY, item.priority)),
    cell(item.assignee || '—'),
    cell(dateTime(item.receivedAt)),
    cell(
      item.deadline
        ? h('span', { class: slaClass }, `${timeLeft(item.deadline)} (${label(DEADLINE, item.deadlineKind)})`)
        : '—',
    ),
  );
}
