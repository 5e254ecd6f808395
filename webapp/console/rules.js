// For coordinators: the region's routing rules in their order (the first that applies to a signal
// makes its suggestion), a form to write one with fields rather than expressions, a trial of a draft
// on the region's latest 1,000 signals before it is published, every version of a rule, and which
// municipalities count as lying on the border. Copyright Waakzaam, EUPL-1.2.

import { ApiProblem, call } from './api.js';
import { button, dateTime, field, h, replace, select, textarea, textInput, uniqueId } from './dom.js';
import { actionForm, section } from './forms.js';
import { CATEGORY, KIND, PRESENT_ENTITY, PRIORITY, REGION, SECTOR, STATUS, label, options } from './labels.js';

/** A group of checkboxes with a legend; values() gives the ticked ones, showError a message. */
function checkboxes(legend, choices, ticked = []) {
  const boxes = choices.map(([value, text]) => {
    const id = uniqueId('keuze');
    const box = h('input', { type: 'checkbox', class: 'utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom', id, value, checked: ticked.includes(value) });
    return h('div', { class: 'utrecht-form-field utrecht-form-field--checkbox' }, box,
      h('label', { class: 'utrecht-form-label utrecht-form-label--checkbox', for: id }, ` ${text}`));
  });
  const error = h('p', { class: 'utrecht-form-field-error-message', role: 'alert', hidden: true });
  const set = h('fieldset', { class: 'utrecht-form-fieldset waakzaam-console-choices' },
    h('legend', { class: 'utrecht-form-fieldset__legend' }, legend), error, boxes);
  set.values = () => boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
  set.showError = (message) => {
    error.textContent = message || '';
    error.hidden = !message;
  };
  return set;
}

/** Room for a message about the form's part that has no field of its own (the suggestion as a whole). */
function errorOnly() {
  const error = h('p', { class: 'utrecht-form-field-error-message', role: 'alert', hidden: true });
  error.showError = (message) => {
    error.textContent = message || '';
    error.hidden = !message;
  };
  return error;
}

/** What a rule says, in one or two Dutch sentences. */
function describe(rule, partners) {
  const w = rule.when;
  const parts = [];
  const list = (table, values) => values.map((v) => label(table, v)).join(' of ');
  if (w.kinds.length) parts.push(`soort ${list(KIND, w.kinds)}`);
  if (w.sectors.length) parts.push(`sector ${list(SECTOR, w.sectors)}`);
  if (w.categories.length) parts.push(`categorie ${list(CATEGORY, w.categories)}`);
  if (w.priorities.length) parts.push(`prioriteit ${list(PRIORITY, w.priorities)}`);
  if (w.municipalities.length) parts.push(`gemeente ${w.municipalities.join(', ')}`);
  if (w.postcodes.length) parts.push(`postcode ${w.postcodes.join(', ')}`);
  if (w.borderMunicipality) parts.push('in een grensgemeente');
  if (w.present.length) parts.push(`met ${w.present.map((p) => label(PRESENT_ENTITY, p)).join(' en ')}`);
  const s = rule.suggests;
  const what = [];
  const name = (id) => partners.find((p) => p.id === id)?.name || id;
  if (s.partners.length) what.push(`doorsturen aan ${s.partners.map(name).join(', ')}`);
  if (s.priority) what.push(`prioriteit ${label(PRIORITY, s.priority)}`);
  if (s.transferTo) what.push(`aanbieden aan ${label(REGION, s.transferTo)}`);
  if (s.text) what.push(`“${s.text}”`);
  return `${parts.length ? `Als ${parts.join(', ')}` : 'Voor elke melding'}: ${what.join('; ')}.`;
}

/** The rule form's fields, filled from rule when it changes one. */
function ruleFields(region, rule, partners, municipalities) {
  const w = rule?.when || {};
  const s = rule?.suggests || {};
  const ownMunicipalities = municipalities.map((m) => [m.code, m.name]);
  const otherRegions = Object.entries(REGION).filter(([slug]) => slug !== region);
  const fields = {
    name: field('Naam van de regel', textInput({ value: rule?.name || '', maxlength: 100 }), null, true),
    'when/kinds': checkboxes('Soort melding', options(KIND), w.kinds),
    'when/sectors': checkboxes('Sector', options(SECTOR), w.sectors),
    'when/categories': checkboxes('Categorie (na classificatie)', options(CATEGORY), w.categories),
    'when/priorities': checkboxes('Prioriteit', options(PRIORITY), w.priorities),
    'when/municipalities': checkboxes('Gemeente', ownMunicipalities, w.municipalities),
    'when/postcodes': field('Postcodes', textInput({ value: (w.postcodes || []).join(', ') }), 'Vier cijfers of een reeks, gescheiden door komma’s: 6211, 6200-6229.'),
    'when/borderMunicipality': checkboxes('Grens', [['yes', 'Alleen in een grensgemeente van de regio']], w.borderMunicipality ? ['yes'] : []),
    'when/present': checkboxes('De melding noemt (alle aangevinkte)', options(PRESENT_ENTITY), w.present),
    'suggests/partners': checkboxes('Stel voor door te sturen aan', partners.map((p) => [p.id, p.name]), s.partners),
    'suggests/text': field('Standaardtekst voor de behandelaar (niet verplicht)', textarea({ rows: 2 })),
    'suggests/priority': field('Stel prioriteit voor (niet verplicht)', select([['', 'Geen'], ...options(PRIORITY)], s.priority || '')),
    'suggests/transferTo': field('Stel voor aan te bieden aan regio (niet verplicht)', select([['', 'Geen'], ...otherRegions], s.transferTo || '')),
  };
  fields['suggests/text'].control.value = s.text || '';
  const body = () => ({
    name: fields.name.control.value.trim() || null,
    when: {
      kinds: fields['when/kinds'].values(),
      sectors: fields['when/sectors'].values(),
      categories: fields['when/categories'].values(),
      priorities: fields['when/priorities'].values(),
      municipalities: fields['when/municipalities'].values(),
      postcodes: fields['when/postcodes'].control.value.split(',').map((p) => p.trim()).filter(Boolean),
      borderMunicipality: fields['when/borderMunicipality'].values().length > 0,
      present: fields['when/present'].values(),
    },
    suggests: {
      partners: fields['suggests/partners'].values(),
      text: fields['suggests/text'].control.value.trim() || null,
      priority: fields['suggests/priority'].control.value || null,
      transferTo: fields['suggests/transferTo'].control.value || null,
    },
  });
  return { fields, body };
}

function dryRunResult(run) {
  const cell = (...children) => h('td', { class: 'utrecht-table__cell' }, ...children);
  return h('div', {},
    h('p', { class: 'utrecht-paragraph' },
      `Van de laatste ${run.looked} meldingen van de regio zou deze regel er ${run.matched} treffen; voor ${run.wouldSuggest} daarvan zou hij de suggestie doen (bij de andere komt een eerdere regel eerst).`),
    run.signals.length === 0 ? null : h('table', { class: 'utrecht-table waakzaam-console-table' },
      h('thead', { class: 'utrecht-table__header' }, h('tr', { class: 'utrecht-table__row' },
        ['Melding', 'Soort', 'Status', 'Ontvangen', 'Gemeente', 'Eerdere regel'].map((t) => h('th', { class: 'utrecht-table__header-cell', scope: 'col' }, t)))),
      h('tbody', { class: 'utrecht-table__body' }, run.signals.slice(0, 100).map((s) => h('tr', { class: 'utrecht-table__row' },
        cell(h('a', { class: 'utrecht-link utrecht-link--html-a', href: `#/melding/${encodeURIComponent(s.reference)}` }, s.reference)),
        cell(label(KIND, s.kind)), cell(label(STATUS, s.status)), cell(dateTime(s.receivedAt)), cell(s.municipality || '—'),
        cell(s.caughtEarlierBy ? `${s.caughtEarlierBy.position}. ${s.caughtEarlierBy.name}` : '—'))))),
    run.signals.length > 100 ? h('p', { class: 'utrecht-paragraph' }, `De eerste 100 van ${run.signals.length} staan hierboven.`) : null);
}

/** The form to publish a new rule or change one; with a trial on the latest signals. */
function ruleForm(region, rule, partners, municipalities, reload) {
  const { fields, body } = ruleFields(region, rule, partners, municipalities);
  const position = rule ? null : field('Plaats in de volgorde (niet verplicht)', textInput({ type: 'number', min: 1 }), 'Leeg: achteraan.');
  const reason = field('Waarom deze regel of wijziging?', textarea({ rows: 2 }), 'Staat bij de versie en in het auditspoor.', true);
  const result = h('div', { 'aria-live': 'polite' });
  const place = () => (position?.control.value ? Number(position.control.value) : rule?.position || null);
  const tryIt = button('Probeer op de laatste 1000 meldingen', async () => {
    try {
      const run = await call(`regions/${region}/routing-rules/dry-run`, { method: 'POST', body: { ...body(), position: place() } });
      replace(result, dryRunResult(run));
    } catch (e) {
      if (!(e instanceof ApiProblem)) throw e;
      replace(result, h('p', { class: 'utrecht-form-field-error-message', role: 'alert' }, e.describe(),
        ...(e.problem.violations || []).map((v) => h('span', {}, ` ${v.message}`))));
    }
  });
  const form = actionForm(
    rule ? `Wijzig “${rule.name}”` : 'Nieuwe regel',
    { ...fields, suggests: errorOnly(), position, reason },
    rule ? 'Bewaar als nieuwe versie' : 'Publiceer de regel',
    () => (rule
      ? call(`routing-rules/${rule.id}`, { method: 'PUT', body: { ...body(), basedOn: rule.version, reason: reason.control.value } })
      : call(`regions/${region}/routing-rules`, { method: 'POST', body: { ...body(), position: place(), reason: reason.control.value } })),
    reload,
    rule ? 'De nieuwe versie van de regel geldt nu.' : 'De regel geldt nu.',
  );
  form.insertBefore(h('div', { class: 'waakzaam-console-preview' }, tryIt, result), form.querySelector('button[type=submit]'));
  return form;
}

function versionsView(versions, partners) {
  return h('ol', { class: 'utrecht-ordered-list' }, versions.map((v) => h('li', { class: 'utrecht-ordered-list__item' },
    `Versie ${v.version}, ${dateTime(v.madeAt)} door ${v.madeBy}${v.retired ? ' (ingetrokken)' : ''}: ${v.reason}. `,
    h('span', { class: 'waakzaam-console-muted' }, `Plaats ${v.position}. ${v.name}: ${describe(v, partners)}`))));
}

function ruleItem(region, rule, count, partners, municipalities, reload) {
  const detail = h('div', {});
  const step = (to, text) => button(text, async () => {
    await call(`routing-rules/${rule.id}/position`, { method: 'PUT', body: { basedOn: rule.version, position: to, reason: `Naar plaats ${to}` } });
    await reload(`“${rule.name}” staat nu op plaats ${to}.`);
  });
  const retireReason = field('Waarom intrekken?', textarea({ rows: 2 }), null, true);
  return h('li', { class: 'waakzaam-console-rule' },
    h('h3', { class: 'utrecht-heading-3' }, `${rule.position}. ${rule.name}`),
    h('p', { class: 'utrecht-paragraph' }, describe(rule, partners)),
    h('p', { class: 'waakzaam-console-muted' }, `Versie ${rule.version}, ${dateTime(rule.madeAt)} door ${rule.madeBy}: ${rule.reason}`),
    h('p', { class: 'waakzaam-console-buttons' },
      rule.position > 1 ? step(rule.position - 1, 'Omhoog') : null,
      rule.position < count ? step(rule.position + 1, 'Omlaag') : null,
      button('Wijzig', () => replace(detail, ruleForm(region, rule, partners, municipalities, reload))),
      button('Versies', async () => replace(detail, versionsView(await call(`routing-rules/${rule.id}/versions`), partners))),
      button('Intrekken…', () => replace(detail, actionForm('Regel intrekken', { reason: retireReason }, 'Trek de regel in',
        () => call(`routing-rules/${rule.id}/retirement`, { method: 'POST', body: { basedOn: rule.version, reason: retireReason.control.value } }),
        reload, `“${rule.name}” is ingetrokken.`)))),
    detail);
}

function borderForm(region, municipalities, reload) {
  const codes = checkboxes('Grensgemeenten', municipalities.map((m) => [m.code, m.name]), municipalities.filter((m) => m.border).map((m) => m.code));
  const reason = field('Waarom?', textarea({ rows: 2 }), null, true);
  return actionForm(null, { codes, reason }, 'Bewaar de grensgemeenten',
    () => call(`regions/${region}/border-municipalities`, { method: 'PUT', body: { codes: codes.values(), reason: reason.control.value } }),
    reload, 'De grensgemeenten zijn bewaard.');
}

export async function showRules(main, params, session, notice) {
  const region = params.get('regio') || session.regions[0];
  const reload = (message) => showRules(main, params, session, message);
  const [rules, partners, municipalities] = await Promise.all([
    call(`regions/${region}/routing-rules`),
    call(`regions/${region}/partners`),
    call(`regions/${region}/border-municipalities`),
  ]);
  const status = h('div', { role: 'status', class: 'waakzaam-console-notice' }, notice || '');
  const newRule = h('div', {});
  replace(
    main,
    h('h1', { class: 'utrecht-heading-1', tabindex: '-1' }, `Routeringsregels van ${label(REGION, region)}`),
    status,
    h('p', { class: 'utrecht-paragraph' }, 'Bij elke melding kijkt Waakzaam de regels van boven naar beneden na; de eerste die past, doet de suggestie op de meldingspagina. Elke wijziging wordt een nieuwe versie, met wie en waarom.'),
    session.regions.length > 1
      ? h('p', {}, session.regions.map((r) => h('a', { class: 'utrecht-link utrecht-link--html-a waakzaam-console-region-link', href: `#/regels?regio=${r}` }, label(REGION, r))))
      : null,
    rules.length === 0
      ? h('p', { class: 'utrecht-paragraph' }, 'Deze regio heeft nog geen regels.')
      : h('ol', { class: 'waakzaam-console-rules' }, rules.map((r) => ruleItem(region, r, rules.length, partners, municipalities, reload))),
    h('p', {}, button('Nieuwe regel…', () => replace(newRule, ruleForm(region, null, partners, municipalities, reload)), 'primary-action')),
    newRule,
    section('Grensgemeenten', h('p', { class: 'utrecht-paragraph' }, 'Een regel met “alleen in een grensgemeente” geldt voor meldingen uit deze gemeenten.'), borderForm(region, municipalities, reload)),
  );
  main.querySelector('h1').focus();
}
