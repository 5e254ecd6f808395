// What came of the packages forwarded, for the learning approach: per partner of the region for its
// coordinators, per kind of partner over every region for a national analyst (with what the
// k-anonymity rule leaves out shown as "< k"). A table, two charts and a CSV download.
// Copyright Waakzaam, EUPL-1.2.

import { call, download } from './api.js';
import { button, field, h, replace, select, textInput } from './dom.js';
import { KIND, PARTNER, PARTNER_OUTCOME, REGION, label, options } from './labels.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return element;
}

/** A partner's name as it fits beside a bar; the whole name stays in the table below. */
const short = (text) => (text.length > 30 ? `${text.slice(0, 29)}…` : text);

const number = (value, threshold) => (value === null || value === undefined ? `< ${threshold}` : value.toLocaleString('nl-NL'));

/** Hours as people read them: "5 uur", "3,5 dagen"; a dash where nothing was measured. */
function duration(hours) {
  if (hours === null || hours === undefined) return '—';
  return hours >= 48
    ? `${(hours / 24).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} dagen`
    : `${hours.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} uur`;
}

/** Three bars per partner: forwarded, read, with an outcome. */
function funnel(rows, threshold, title) {
  const rowHeight = 64;
  const width = 640;
  const labelWidth = 220;
  const max = Math.max(1, ...rows.map((r) => r.forwarded || 0));
  const bar = (value, y, kind) => {
    const length = value ? Math.round(((width - labelWidth - 70) * value) / max) : 0;
    return [
      svg('rect', { x: labelWidth, y, width: Math.max(length, 1), height: 14, class: `waakzaam-console-chart__bar waakzaam-console-chart__bar--${kind}` }),
      svg('text', { x: labelWidth + length + 6, y: y + 12, class: 'waakzaam-console-chart__value' }, number(value, threshold)),
    ];
  };
  const id = `grafiek-${Math.random().toString(36).slice(2)}`;
  return svg('svg', { viewBox: `0 0 ${width} ${Math.max(rowHeight, rows.length * rowHeight)}`, width: '100%', role: 'img', 'aria-labelledby': id, class: 'waakzaam-console-chart' },
    svg('title', { id }, title),
    ...rows.map((r, i) => svg('g', {},
      svg('text', { x: 0, y: i * rowHeight + 26, class: 'waakzaam-console-chart__label' }, short(r.label)),
      ...bar(r.forwarded, i * rowHeight + 4, 'forwarded'),
      ...bar(r.read, i * rowHeight + 22, 'read'),
      ...bar(r.withOutcome, i * rowHeight + 40, 'outcome'))));
}

/** One stacked bar per partner: the share of each outcome among the packages with one. */
function outcomeMix(rows, title) {
  const outcomes = Object.keys(PARTNER_OUTCOME);
  const rowHeight = 28;
  const width = 640;
  const labelWidth = 220;
  const id = `grafiek-${Math.random().toString(36).slice(2)}`;
  const shown = rows.filter((r) => r.withOutcome);
  if (shown.length === 0) return h('p', { class: 'utrecht-paragraph' }, 'Nog geen uitkomsten.');
  const chart = svg('svg', { viewBox: `0 0 ${width} ${Math.max(rowHeight, shown.length * rowHeight)}`, width: '100%', role: 'img', 'aria-labelledby': id, class: 'waakzaam-console-chart' },
    svg('title', { id }, title),
    ...shown.map((r, i) => {
      let x = labelWidth;
      const total = outcomes.reduce((sum, o) => sum + (r.outcomes[o] || 0), 0) || 1;
      return svg('g', {},
        svg('text', { x: 0, y: i * rowHeight + 18, class: 'waakzaam-console-chart__label' }, short(r.label)),
        ...outcomes.filter((o) => r.outcomes[o]).map((o) => {
          const length = ((width - labelWidth - 10) * r.outcomes[o]) / total;
          const part = svg('rect', { x, y: i * rowHeight + 6, width: length, height: 16, class: `waakzaam-console-chart__outcome waakzaam-console-chart__outcome--${outcomes.indexOf(o)}` },
            svg('title', {}, `${label(PARTNER_OUTCOME, o)}: ${r.outcomes[o]}`));
          x += length;
          return part;
        }));
    }),
  );
  const legend = h('ul', { class: 'waakzaam-console-legend' }, outcomes.map((o, i) => h('li', {},
    h('span', { class: `waakzaam-console-legend__swatch waakzaam-console-chart__outcome--${i}`, 'aria-hidden': 'true' }), ` ${label(PARTNER_OUTCOME, o)}`)));
  return [chart, legend];
}

function table(rows, threshold, caption) {
  const outcomes = Object.keys(PARTNER_OUTCOME);
  const cell = (...children) => h('td', { class: 'utrecht-table__cell' }, ...children);
  return h('div', { class: 'waakzaam-console-scroll' }, h('table', { class: 'utrecht-table waakzaam-console-table' },
    h('caption', { class: 'utrecht-table__caption' }, caption),
    h('thead', { class: 'utrecht-table__header' }, h('tr', { class: 'utrecht-table__row' },
      ['Partner', 'Doorgestuurd', 'Gelezen', 'Met uitkomst', 'Tot lezen (mediaan / p90)', 'Tot uitkomst (mediaan / p90)', ...outcomes.map((o) => label(PARTNER_OUTCOME, o))]
        .map((t) => h('th', { class: 'utrecht-table__header-cell', scope: 'col' }, t)))),
    h('tbody', { class: 'utrecht-table__body' }, rows.map((r) => h('tr', { class: 'utrecht-table__row' },
      h('th', { class: 'utrecht-table__header-cell', scope: 'row' }, r.label),
      cell(number(r.forwarded, threshold)), cell(number(r.read, threshold)), cell(number(r.withOutcome, threshold)),
      cell(`${duration(r.hoursToRead.median)} / ${duration(r.hoursToRead.p90)}`),
      cell(`${duration(r.hoursToOutcome.median)} / ${duration(r.hoursToOutcome.p90)}`),
      outcomes.map((o) => cell(number(r.outcomes[o], threshold))))))));
}

function filters(route, figures, extra = []) {
  const from = field('Van', textInput({ type: 'date', name: 'van', value: figures.from }));
  const to = field('Tot en met', textInput({ type: 'date', name: 'tot', value: figures.to }));
  const kind = field('Soort melding', select([['', 'Alle'], ...options(KIND)], figures.kind || '', { name: 'soort' }));
  const form = h('form', { class: 'waakzaam-console-filters' }, ...extra, from, to, kind,
    h('div', { class: 'waakzaam-console-filters__actions' }, button('Toon', null, 'primary-action', { type: 'submit' })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/${route}?${new URLSearchParams(new FormData(form))}`;
  });
  return form;
}

function query(params) {
  const q = new URLSearchParams();
  if (params.get('van')) q.set('from', params.get('van'));
  if (params.get('tot')) q.set('to', params.get('tot'));
  if (params.get('soort')) q.set('kind', params.get('soort'));
  return q;
}

function show(main, title, intro, form, figures, rows, csvPath) {
  const t = figures.threshold;
  const period = `van ${figures.from} tot en met ${figures.to}${figures.kind ? `, ${label(KIND, figures.kind)}` : ''}`;
  replace(
    main,
    h('h1', { class: 'utrecht-heading-1', tabindex: '-1' }, title),
    h('p', { class: 'utrecht-paragraph' }, intro),
    form,
    rows.length === 0
      ? h('p', { class: 'utrecht-paragraph' }, `Niets doorgestuurd ${period}.`)
      : [
          h('h2', { class: 'utrecht-heading-2' }, 'Doorgestuurd, gelezen en met uitkomst'),
          funnel(rows, t, `Per partner: doorgestuurd, gelezen en met uitkomst, ${period}`),
          h('h2', { class: 'utrecht-heading-2' }, 'Wat partners deden'),
          outcomeMix(rows, `Per partner: de uitkomsten, ${period}`),
          table(rows, t, `Doorstuurcijfers ${period}`),
          h('p', {}, button('Download als CSV', () => download(csvPath, 'doorstuurcijfers.csv'))),
        ],
  );
  main.querySelector('h1').focus();
}

export async function showForwardingFigures(main, params, session) {
  const region = params.get('regio') || session.regions[0];
  const q = query(params);
  const figures = await call(`regions/${region}/forwarding-figures?${q}`);
  const regionField = field('Regio', select(session.regions.map((r) => [r, label(REGION, r)]), region, { name: 'regio' }));
  const rows = figures.partners.map((p) => ({ ...p, label: p.name }));
  show(main, 'Doorstuurcijfers',
    `Wat er terechtkwam van de pakketten die ${label(REGION, region)} doorstuurde, per partner: hoeveel er gelezen zijn, hoeveel een uitkomst hebben, hoe lang dat duurde vanaf het doorsturen, en welke uitkomsten.`,
    filters('doorstuurcijfers', figures, [regionField]), figures, rows, `regions/${region}/forwarding-figures/csv?${q}`);
}

export async function showNationalFigures(main, params) {
  const q = query(params);
  const figures = await call(`stats/forwarding?${q}`);
  const rows = figures.partners.map((p) => ({ ...p, label: label(PARTNER, p.key) }));
  show(main, 'Landelijke doorstuurcijfers',
    `Wat er van de pakketten van alle regio’s terechtkwam, per soort partner. Een aantal van 1 tot en met ${figures.threshold - 1} staat er niet (“< ${figures.threshold}”), en ook geen aantal of tijd waaruit zo’n klein aantal terug te rekenen is.`,
    filters('landelijk', figures), figures, rows, `stats/forwarding/csv?${q}`);
}
