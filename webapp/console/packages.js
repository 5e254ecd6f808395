// Packages: what one partner receives of a signal, shown the same way in the coordinator's preview
// and in the partner's inbox, from the JSON the server stores; and the partner's inbox itself, with
// the PDF to download and the outcome to register. Copyright Waakzaam, EUPL-1.2.

import { call, download } from './api.js';
import { dateTime, field, h, replace, select, textarea, textInput } from './dom.js';
import { actionForm, section } from './forms.js';
import { CATEGORY, KIND, PARTNER_OUTCOME, PRIORITY, SECTOR, label, options } from './labels.js';

function dl(pairs) {
  return h(
    'dl',
    { class: 'utrecht-data-list waakzaam-console-data' },
    pairs
      .filter(([, value]) => value !== undefined && value !== null && value !== '')
      .map(([key, value]) =>
        h(
          'div',
          { class: 'utrecht-data-list__item' },
          h('dt', { class: 'utrecht-data-list__item-key' }, key),
          h('dd', { class: 'utrecht-data-list__item-value utrecht-data-list__item-value--html-dd' }, value),
        ),
      ),
  );
}

function cards(title, items, describe) {
  if (!items || items.length === 0) return null;
  return h(
    'div',
    {},
    h('h4', { class: 'utrecht-heading-4' }, title),
    h('ul', { class: 'utrecht-unordered-list' }, items.map((item) => h('li', { class: 'utrecht-unordered-list__item' }, describe(item)))),
  );
}

/**
 * What a package holds, part by part; withheld parts are named, never shown. download, when given,
 * fetches a listed clean copy by its number (the partner's inbox; a preview has none yet).
 */
export function packageView(p, download) {
  const place = p.place || {};
  const address = p.address || {};
  return h(
    'div',
    { class: 'waakzaam-console-package' },
    dl([
      ['Ontvanger', p.recipient.name],
      ['Melding', `${p.signal.reference} · ${label(KIND, p.signal.kind)} · ${label(SECTOR, p.signal.sector)}`],
      ['Categorie', p.signal.category ? label(CATEGORY, p.signal.category) : undefined],
      ['Prioriteit', label(PRIORITY, p.signal.priority)],
      ['Ontvangen', dateTime(p.signal.receivedAt)],
      ['Grondslag', `${p.legalBasis.title}: ${p.legalBasis.wording}`],
      ['Doorgestuurd door', `${p.legalBasis.forwardedBy}, ${dateTime(p.legalBasis.forwardedAt)}`],
      ['Toelichting', p.legalBasis.note],
      ['Plaats', [place.municipality, place.postcodeDigits].filter(Boolean).join(', ') || undefined],
      ['Adres', [address.postcode, address.address].filter(Boolean).join(', ') || undefined],
      ['Waargenomen op', [p.observedOn, p.observedTime].filter(Boolean).join(' ') || undefined],
      ['Beschrijving', p.description],
    ]),
    p.answers && p.answers.length > 0 ? dl(p.answers.map((a) => [a.label, a.value])) : null,
    cards('Personen', p.persons, (x) => [x.role, x.name, x.description, x.phone, x.email].filter(Boolean).join(' · ')),
    cards('Voertuigen', p.vehicles, (x) => [x.licencePlate, x.country, x.makeAndModel, x.colour].filter(Boolean).join(' · ')),
    cards('Vaartuigen', p.vessels, (x) => [x.name, x.registration, x.mmsi ? `MMSI ${x.mmsi}` : null].filter(Boolean).join(' · ')),
    cards('Bestanden', p.files, (x) => [
      `Bestand ${x.number} (${x.mediaType}), als schone kopie `,
      download ? h('button', { type: 'button', class: 'utrecht-button utrecht-button--subtle', onClick: () => download(x.number) }, `Download bestand ${x.number}`) : null,
    ]),
    p.contact
      ? cards('Contactgegevens (de melder stemde in met delen)', [p.contact], (x) => [x.name, x.email, x.phone].filter(Boolean).join(' · '))
      : null,
    p.withheld && p.withheld.length > 0
      ? h(
          'div',
          { class: 'utrecht-alert utrecht-alert--info' },
          h('p', { class: 'utrecht-paragraph' }, 'Achtergehouden om de melder te beschermen:'),
          h('ul', { class: 'utrecht-unordered-list' }, p.withheld.map((w) => h('li', { class: 'utrecht-unordered-list__item' }, w.text))),
        )
      : null,
  );
}

const link = (href, text) => h('a', { class: 'utrecht-link utrecht-link--html-a', href }, text);

/** The packages addressed to the partner's organisations, newest first. */
export async function showInbox(main) {
  const items = await call('inbox');
  const heading = h('h1', { class: 'utrecht-heading-1', tabindex: '-1' }, 'Ontvangen meldingen');
  replace(
    main,
    heading,
    items.length === 0
      ? h('p', { class: 'utrecht-paragraph' }, 'Er zijn nog geen meldingen naar uw organisatie doorgestuurd.')
      : h(
          'table',
          { class: 'utrecht-table waakzaam-console-table' },
          h('caption', { class: 'utrecht-table__caption' }, `${items.length} doorgestuurde meldingen`),
          h(
            'thead',
            { class: 'utrecht-table__header' },
            h('tr', { class: 'utrecht-table__row' }, ['Melding', 'Voor', 'Doorgestuurd', 'Gelezen', 'Uitkomst'].map((t) => h('th', { class: 'utrecht-table__header-cell', scope: 'col' }, t))),
          ),
          h(
            'tbody',
            { class: 'utrecht-table__body' },
            items.map((i) =>
              h(
                'tr',
                { class: 'utrecht-table__row' },
                h('td', { class: 'utrecht-table__cell' }, link(`#/inbox/${i.id}`, i.reference)),
                h('td', { class: 'utrecht-table__cell' }, i.organisationName),
                h('td', { class: 'utrecht-table__cell' }, dateTime(i.forwardedAt)),
                h('td', { class: 'utrecht-table__cell' }, i.firstReadAt ? dateTime(i.firstReadAt) : h('strong', {}, 'Nog niet gelezen')),
                h('td', { class: 'utrecht-table__cell' }, i.outcome ? `${label(PARTNER_OUTCOME, i.outcome)} (${i.outcomeOn})` : '—'),
              ),
            ),
          ),
        ),
  );
  heading.focus();
}

/** One package as the partner received it, its PDF, and the form to register what came of it. */
export async function showPackage(main, id, notice) {
  const [contents, items] = await Promise.all([call(`inbox/${encodeURIComponent(id)}`), call('inbox')]);
  const item = items.find((i) => i.id === id);
  const reload = (message) => showPackage(main, id, message);
  const heading = h('h1', { class: 'utrecht-heading-1', tabindex: '-1' }, `Melding ${contents.signal.reference}`);
  const status = h('div', { role: 'status', class: 'waakzaam-console-notice' }, notice || '');
  const outcome = field('Uitkomst', select([['', 'Kies…'], ...options(PARTNER_OUTCOME)], item?.outcome || ''), null, true);
  const on = field('Datum', textInput({ type: 'date', value: item?.outcomeOn || new Date().toISOString().slice(0, 10) }), null, true);
  const note = field('Toelichting voor het platform (niet verplicht)', textarea({ rows: 2 }), 'Het platform vertelt de melder alleen in algemene woorden wat er gebeurde, zonder uw naam.');
  replace(
    main,
    h('p', {}, link('#/inbox', '← Terug naar ontvangen meldingen')),
    heading,
    status,
    section(
      'Wat u ontving',
      packageView(contents, (number) => download(`inbox/${encodeURIComponent(id)}/files/${number}`, `bestand-${number}`)),
      h(
        'p',
        {},
        h('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action', onClick: () => download(`inbox/${encodeURIComponent(id)}/document`, `${contents.signal.reference}.pdf`) }, 'Download als PDF'),
      ),
    ),
    section(
      'Wat kwam ervan?',
      item?.outcome ? h('p', { class: 'utrecht-paragraph' }, `Vastgelegd: ${label(PARTNER_OUTCOME, item.outcome)} op ${item.outcomeOn}. U kunt dit bijwerken.`) : null,
      actionForm(
        null,
        { outcome, on, note },
        'Leg de uitkomst vast',
        () =>
          call(`inbox/${encodeURIComponent(id)}/outcome`, {
            method: 'PUT',
            body: { outcome: outcome.control.value, on: on.control.value, note: note.control.value || null },
          }),
        reload,
        'De uitkomst is vastgelegd; het platform ziet hem.',
      ),
    ),
  );
  heading.focus();
}
