// For coordinators: how fast the region's reporters hear back and staff decide, and the region's
// standard texts. Copyright Waakzaam, EUPL-1.2.

import { ApiProblem, call } from './api.js';
import { button, field, h, replace, select, textarea, textInput } from './dom.js';
import { REGION, label } from './labels.js';

const PURPOSE = { QUESTION: 'Vraag', INFORMATION: 'Bericht', OUTCOME: 'Uitkomst', REJECTION: 'Afwijzing' };

export async function showServiceLevels(main, params, session) {
  const region = params.get('regio') || session.regions[0];
  const from = params.get('van') || '';
  const to = params.get('tot') || '';
  const query = new URLSearchParams();
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  const figures = await call(`regions/${region}/sla?${query}`);
  const regionField = field('Regio', select(session.regions.map((r) => [r, label(REGION, r)]), region, { name: 'regio' }));
  const fromField = field('Van', textInput({ type: 'date', name: 'van', value: figures.from }));
  const toField = field('Tot en met', textInput({ type: 'date', name: 'tot', value: figures.to }));
  const form = h('form', { class: 'waakzaam-console-filters' }, regionField, fromField, toField,
    h('div', { class: 'waakzaam-console-filters__actions' }, button('Toon', null, 'primary-action', { type: 'submit' })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/termijnen?${new URLSearchParams(new FormData(form))}`;
  });
  const hours = (value) => (value === null || value === undefined ? '—' : `${value.toLocaleString('nl-NL')} uur`);
  // Every signal is in one of three columns: gehaald + niet gehaald + loopt nog = ontvangen.
  const measure = (title, m) =>
    h('tr', { class: 'utrecht-table__row' },
      h('th', { class: 'utrecht-table__header-cell', scope: 'row' }, title),
      h('td', { class: 'utrecht-table__cell' }, String(m.met)),
      h('td', { class: 'utrecht-table__cell' }, `${m.overdue} (${m.overdueStillOpen} nog open)`),
      h('td', { class: 'utrecht-table__cell' }, String(m.running)),
      h('td', { class: 'utrecht-table__cell' }, hours(m.medianHours)),
      h('td', { class: 'utrecht-table__cell' }, hours(m.p90Hours)));
  replace(
    main,
    h('h1', { class: 'utrecht-heading-1', tabindex: '-1' }, 'Termijnen'),
    h('p', { class: 'utrecht-paragraph' }, 'Hoe snel melders iets van het platform horen, en hoe snel er een besluit is: over de meldingen ontvangen in de gekozen periode.'),
    form,
    h('p', { class: 'utrecht-paragraph' }, `${figures.signals} meldingen ontvangen van ${figures.from} tot en met ${figures.to}. Elke melding telt per belofte één keer: gehaald, niet gehaald (te laat, of nog open na de termijn) of loopt nog (de termijn is nog niet om).`),
    h('table', { class: 'utrecht-table' },
      h('caption', { class: 'utrecht-table__caption' }, `Termijnen van ${label(REGION, region)}`),
      h('thead', { class: 'utrecht-table__header' }, h('tr', { class: 'utrecht-table__row' },
        ['Belofte', 'Gehaald', 'Niet gehaald', 'Loopt nog', 'Mediaan', '90e percentiel'].map((t) =>
          h('th', { class: 'utrecht-table__header-cell', scope: 'col' }, t)))),
      h('tbody', { class: 'utrecht-table__body' },
        measure('Eerste terugkoppeling aan de melder', figures.firstFeedback),
        measure('Besluit (doorsturen, afsluiten, afwijzen)', figures.decision))),
  );
  main.querySelector('h1').focus();
}

export async function showTexts(main, params, session) {
  const region = params.get('regio') || session.regions[0];
  const texts = await call(`regions/${region}/texts`);
  const status = h('div', { role: 'status', class: 'waakzaam-console-notice' });
  replace(
    main,
    h('h1', { class: 'utrecht-heading-1', tabindex: '-1' }, 'Standaardteksten'),
    h('p', { class: 'utrecht-paragraph' }, `Teksten van ${label(REGION, region)}. Een landelijke tekst die u aanpast, geldt daarna alleen voor uw regio in de aangepaste vorm.`),
    status,
    texts.map((text) => textForm(region, text, session, status)),
  );
  main.querySelector('h1').focus();
}

function textForm(region, text, session, status) {
  const title = field('Titel', textInput({ value: text.title, maxlength: 100 }));
  const body = field('Tekst', textarea({ rows: 4 }));
  body.control.value = text.body;
  const error = h('p', { class: 'utrecht-form-field-error-message', role: 'alert', hidden: true });
  const editable = session.may('texts:manage');
  if (!editable) {
    title.control.readOnly = true;
    body.control.readOnly = true;
  }
  const form = h('form', { class: 'waakzaam-console-action-box' },
    h('h2', { class: 'utrecht-heading-2' }, `${PURPOSE[text.purpose] || text.purpose}: ${text.title}`),
    h('p', { class: 'utrecht-paragraph' }, text.region ? 'Tekst van deze regio.' : 'Landelijke tekst.'),
    title, body, error,
    editable ? button('Bewaar voor deze regio', null, 'primary-action', { type: 'submit' }) : null);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    title.showError(null);
    body.showError(null);
    try {
      await call(`regions/${region}/texts/${text.key}`, {
        method: 'PUT',
        body: { purpose: text.purpose, title: title.control.value, body: body.control.value },
      });
      status.textContent = `"${title.control.value}" is bewaard voor ${label(REGION, region)}.`;
    } catch (e) {
      if (!(e instanceof ApiProblem)) throw e;
      const t = e.fieldMessage('title');
      const b = e.fieldMessage('body');
      if (t) title.showError(t);
      if (b) body.showError(b);
      if (!t && !b) {
        error.textContent = e.describe();
        error.hidden = false;
      }
    }
  });
  return form;
}
