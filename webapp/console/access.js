// Requests for access between regions, for coordinators: those asked of their regions, to grant or
// refuse with a note, and their own, with the signals a grant lets them read until it expires. A
// granted signal is shown to read only, without the reporter's contact details.
// Copyright Waakzaam, EUPL-1.2.

import { call } from './api.js';
import { button, dateTime, field, h, replace, textarea } from './dom.js';
import { section } from './forms.js';
import { ENTITY_TYPE, KIND, MESSAGE_KIND, REGION, label } from './labels.js';

const STATE = { ASKED: 'Gevraagd', GRANTED: 'Toegekend', REFUSED: 'Geweigerd' };

function regionName(slug) {
  return label(REGION, slug);
}

function decision(request, reload) {
  const note = field('Toelichting (niet verplicht)', textarea({ rows: 2 }), 'De vrager leest deze toelichting.');
  const decide = (grant) => async () => {
    await call(`access-requests/${request.id}/decision`, { method: 'POST', body: { grant, note: note.control.value || null } });
    await reload(grant ? 'Het verzoek is toegekend.' : 'Het verzoek is geweigerd.');
  };
  return h(
    'div',
    { class: 'waakzaam-console-action' },
    note,
    button('Ken toe', decide(true), 'primary-action'),
    ' ',
    button('Weiger', decide(false)),
  );
}

function request(r, reload) {
  const about = `${label(ENTITY_TYPE, r.entityType)} · gevraagd door ${r.askedBy} (${regionName(r.askingRegion)}) op ${dateTime(r.askedAt)}`;
  return h(
    'li',
    { class: 'utrecht-unordered-list__item waakzaam-console-request' },
    h('p', { class: 'utrecht-paragraph' }, h('strong', {}, `${STATE[r.state]}: `), about),
    h('p', { class: 'utrecht-paragraph' }, `Reden: ${r.reason}`),
    r.askingSignal ? h('p', { class: 'utrecht-paragraph' }, 'Vanuit melding ', h('a', { class: 'utrecht-link utrecht-link--html-a', href: `#/melding/${r.askingSignal}` }, r.askingSignal), ` aan ${regionName(r.askedRegion)}.`) : null,
    r.decidedAt ? h('p', { class: 'utrecht-paragraph' }, `Beslist door ${r.decidedBy} op ${dateTime(r.decidedAt)}${r.decisionNote ? `: ${r.decisionNote}` : ''}.`) : null,
    r.expiresAt && r.state === 'GRANTED' ? h('p', { class: 'utrecht-paragraph' }, `Toegang tot ${dateTime(r.expiresAt)}.`) : null,
    r.signals.length > 0
      ? h(
          'ul',
          { class: 'utrecht-unordered-list' },
          r.signals.map((reference) =>
            h(
              'li',
              { class: 'utrecht-unordered-list__item' },
              r.askedOfYou
                ? h('a', { class: 'utrecht-link utrecht-link--html-a', href: `#/melding/${reference}` }, reference)
                : h('a', { class: 'utrecht-link utrecht-link--html-a', href: `#/toegang/${r.id}/${reference}` }, `Lees ${reference}`),
            ),
          ),
        )
      : null,
    r.askedOfYou && r.state === 'ASKED' ? decision(r, reload) : null,
  );
}

/** The list of requests made by or to the caller's regions. */
export async function showAccessRequests(main, session, notice) {
  const requests = await call('access-requests');
  const reload = (message) => showAccessRequests(main, session, message);
  const status = h('div', { role: 'status', class: 'waakzaam-console-notice' }, notice || '');
  const heading = h('h1', { class: 'utrecht-heading-1', tabindex: '-1' }, 'Toegangsverzoeken');
  const ofYou = requests.filter((r) => r.askedOfYou);
  const yours = requests.filter((r) => !r.askedOfYou);
  const list = (items, empty) =>
    items.length === 0 ? h('p', { class: 'utrecht-paragraph' }, empty) : h('ul', { class: 'utrecht-unordered-list' }, items.map((r) => request(r, reload)));
  replace(
    main,
    heading,
    status,
    section('Gevraagd aan uw regio', list(ofYou, 'Geen verzoeken aan uw regio.')),
    section('Gevraagd door uw regio', list(yours, 'Uw regio vroeg nog geen toegang.')),
  );
  heading.focus();
}

/** Another region's signal under a granted request: to read, nothing to do. */
export async function showGrantedSignal(main, id, reference) {
  const s = await call(`access-requests/${encodeURIComponent(id)}/signals/${encodeURIComponent(reference)}`);
  const heading = h('h1', { class: 'utrecht-heading-1', tabindex: '-1' }, `Melding ${s.reference} (${regionName(s.region.toLowerCase().replaceAll('_', '-'))})`);
  const place = s.place || {};
  replace(
    main,
    h('p', {}, h('a', { class: 'utrecht-link utrecht-link--html-a', href: '#/toegang' }, '← Terug naar de toegangsverzoeken')),
    heading,
    h('p', { class: 'utrecht-alert utrecht-alert--info' }, 'U leest deze melding met toestemming van die regio; elke keer lezen wordt vastgelegd. Contactgegevens van de melder staan er niet bij.'),
    section(
      'Wat de melding zegt',
      h('p', { class: 'utrecht-paragraph' }, `${label(KIND, s.kind)} · ontvangen ${dateTime(s.receivedAt)} · ${[place.postcode, place.municipality].filter(Boolean).join(' ')}`),
      h('p', { class: 'utrecht-paragraph' }, s.description || '—'),
    ),
    section(
      'Berichten',
      s.messages.length === 0
        ? h('p', { class: 'utrecht-paragraph' }, 'Geen berichten.')
        : h('ol', { class: 'waakzaam-console-thread' }, s.messages.map((m) => h('li', { class: 'waakzaam-console-thread__message' }, `${label(MESSAGE_KIND, m.kind)} · ${dateTime(m.at)}: ${m.text}`))),
    ),
  );
  heading.focus();
}
