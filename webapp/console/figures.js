// For coordinators: what the platform sees in a sector in their regions, per quarter, with every count
// that could point at one business suppressed by the server (k-anonymity). Copyright Waakzaam, EUPL-1.2.

import { call } from './api.js';
import { button, field, h, replace, select } from './dom.js';
import { KIND, REGION, SECTOR, STATUS, label } from './labels.js';

const SVG = 'http://www.w3.org/2000/svg';

/** The region's name; the API names regions as LIMBURG, the labels by their slug. */
const regionName = (region) => label(REGION, region.toLowerCase().replaceAll('_', '-'));

/** A cell as the page shows it: the count, or "minder dan 5" (suppressed). */
function shown(cell, threshold) {
  return cell.suppressed ? `< ${threshold}` : cell.count.toLocaleString('nl-NL');
}

function svg(tag, attributes, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return element;
}

/** Bars of the quarters' totals; a suppressed total is an empty bar with "< 5" beside it. */
function chart(quarters, threshold) {
  const rowHeight = 28;
  const width = 560;
  const labelWidth = 200;
  const max = Math.max(threshold, ...quarters.map((q) => (q.total.suppressed ? 0 : q.total.count)));
  const rows = quarters.map((q, i) => {
    const y = i * rowHeight;
    const length = q.total.suppressed ? 0 : Math.round(((width - labelWidth - 60) * q.total.count) / max);
    return svg('g', {},
      svg('text', { x: 0, y: y + 18, class: 'waakzaam-console-chart__label' }, `${regionName(q.region)} ${q.quarter}`),
      svg('rect', { x: labelWidth, y: y + 6, width: Math.max(length, 1), height: 16, class: 'waakzaam-console-chart__bar' }),
      svg('text', { x: labelWidth + length + 6, y: y + 18, class: 'waakzaam-console-chart__value' }, shown(q.total, threshold)));
  });
  const height = Math.max(rowHeight, quarters.length * rowHeight);
  return svg('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', 'aria-labelledby': 'waakzaam-chart-title', class: 'waakzaam-console-chart' },
    svg('title', { id: 'waakzaam-chart-title' }, 'Aantal meldingen per regio en kwartaal'),
    ...rows);
}

export async function showFigures(main, params) {
  const sector = params.get('sector') || 'AGRICULTURE';
  const figures = await call(`stats/sectors/${encodeURIComponent(sector)}?quarters=4`);
  const t = figures.threshold;
  const sectorField = field('Sector', select(Object.entries(SECTOR), sector, { name: 'sector' }));
  const form = h('form', { class: 'waakzaam-console-filters' }, sectorField,
    h('div', { class: 'waakzaam-console-filters__actions' }, button('Toon', null, 'primary-action', { type: 'submit' })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/cijfers?${new URLSearchParams(new FormData(form))}`;
  });
  const kinds = Object.keys(KIND);
  const cellOf = (cells, key) => cells.find((c) => c.key === key);
  const table = h('table', { class: 'utrecht-table' },
    h('caption', { class: 'utrecht-table__caption' }, `Meldingen uit de sector ${label(SECTOR, sector)}`),
    h('thead', { class: 'utrecht-table__header' }, h('tr', { class: 'utrecht-table__row' },
      ['Regio', 'Kwartaal', 'Totaal', ...kinds.map((k) => label(KIND, k)), 'Afgesloten'].map((text) =>
        h('th', { class: 'utrecht-table__header-cell', scope: 'col' }, text)))),
    h('tbody', { class: 'utrecht-table__body' },
      figures.quarters.map((q) => h('tr', { class: 'utrecht-table__row' },
        h('th', { class: 'utrecht-table__header-cell', scope: 'row' }, regionName(q.region)),
        h('td', { class: 'utrecht-table__cell' }, q.quarter),
        h('td', { class: 'utrecht-table__cell' }, shown(q.total, t)),
        kinds.map((k) => h('td', { class: 'utrecht-table__cell' }, shown(cellOf(q.byKind, k), t))),
        h('td', { class: 'utrecht-table__cell' }, shown(cellOf(q.byStatus, 'CLOSED'), t))))));
  replace(
    main,
    h('h1', { class: 'utrecht-heading-1', tabindex: '-1' }, 'Sectorcijfers'),
    h('p', { class: 'utrecht-paragraph' }, `Wat het platform ziet in een sector, per regio en kwartaal: dezelfde cijfers die brancheorganisaties zien. Een aantal van 1 tot en met ${t - 1} staat er nooit (“< ${t}”), en ook geen aantal dat met het totaal terug te rekenen zou zijn: zo wijst geen cijfer naar één bedrijf. In de status ‘${label(STATUS, 'CLOSED')}’ vallen de afgesloten meldingen.`),
    form,
    figures.quarters.length === 0
      ? h('p', { class: 'utrecht-paragraph' }, 'Geen meldingen in deze sector in de laatste vier kwartalen.')
      : [chart(figures.quarters, t), table],
  );
  main.querySelector('h1').focus();
}
