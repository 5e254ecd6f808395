// For auditors: who looked at a signal and who did what with it, from the audit trail of their
// regions, newest first. Copyright Waakzaam, EUPL-1.2.

import { call } from './api.js';
import { button, dateTime, field, h, replace, textInput } from './dom.js';

const ACTION = {
  SIGNAL_VIEWED: 'Melding geopend',
  QUEUE_VIEWED: 'Werkvoorraad bekeken',
  SIGNAL_TAKEN_INTO_TRIAGE: 'In behandeling genomen',
  QUESTION_ASKED: 'Vraag gesteld',
  MESSAGE_SENT: 'Bericht gestuurd',
  SIGNAL_REJECTED: 'Afgewezen',
  SIGNAL_ASSIGNED: 'Toegewezen',
  SIGNAL_CLASSIFIED: 'Categorie en prioriteit gezet',
  TRACEABILITY_CHECKED: 'Herleidbaarheid gecontroleerd',
  SIGNAL_ROUTED: 'Doorgestuurd',
  SIGNAL_CLOSED: 'Afgesloten',
  ATTACHMENTS_LISTED: 'Bijlagen bekeken',
  ATTACHMENT_ADDED: 'Bijlage toegevoegd',
  ATTACHMENT_DOWNLOADED: 'Schone kopie gedownload',
  ATTACHMENT_ORIGINAL_DOWNLOADED: 'Origineel gedownload',
  STANDARD_TEXT_CHANGED: 'Standaardtekst gewijzigd',
  SERVICE_LEVELS_VIEWED: 'Termijnen bekeken',
  SIGNAL_MERGED: 'Samengevoegd met een andere melding',
  DUPLICATE_FOLDED_IN: 'Dubbele melding hierin samengevoegd',
  MERGE_UNDONE: 'Samenvoegen ongedaan gemaakt',
  SIGNALS_LINKED: 'Gekoppeld aan een andere melding',
  SIGNALS_UNLINKED: 'Koppeling verwijderd',
  ACCESS_REQUESTED: 'Toegang gevraagd aan een andere regio',
  ACCESS_GRANTED: 'Toegang verleend aan een andere regio',
  ACCESS_REFUSED: 'Toegang geweigerd aan een andere regio',
  SIGNAL_VIEWED_UNDER_GRANT: 'Geopend met toegang van een andere regio',
  TRANSFER_OFFERED: 'Aangeboden aan een andere regio',
  TRANSFER_ACCEPTED: 'Overgenomen van een andere regio',
  TRANSFER_RETURNED: 'Teruggegeven aan de regio van herkomst',
  TRANSFER_WITHDRAWN: 'Aanbod aan een andere regio ingetrokken',
  TRANSFERS_LISTED: 'Aangeboden meldingen bekeken',
  ROUTING_RULE_PUBLISHED: 'Routeringsregel gepubliceerd',
  ROUTING_RULE_CHANGED: 'Routeringsregel gewijzigd',
  ROUTING_RULE_MOVED: 'Routeringsregel verplaatst',
  ROUTING_RULE_RETIRED: 'Routeringsregel ingetrokken',
  ROUTING_RULE_TRIED: 'Routeringsregel geprobeerd op recente meldingen',
  BORDER_MUNICIPALITIES_CHANGED: 'Grensgemeenten gewijzigd',
  ROUTING_SUGGESTION_FOLLOWED: 'Suggestie van een routeringsregel gevolgd',
  ROUTING_SUGGESTION_SET_ASIDE: 'Anders gekozen dan de routeringsregel voorstelde',
};

export async function showAudit(main, params) {
  const reference = params.get('melding') || '';
  const input = field('Kenmerk van de melding', textInput({ name: 'melding', value: reference }), 'Zoals VO-2026-483920; leeg voor alles van uw regio’s.');
  const form = h('form', { class: 'waakzaam-console-filters' }, input,
    h('div', { class: 'waakzaam-console-filters__actions' }, button('Toon', null, 'primary-action', { type: 'submit' })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/audit?${new URLSearchParams(new FormData(form))}`;
  });
  const query = new URLSearchParams({ limit: '100' });
  if (reference) query.set('signal', reference);
  const page = await call(`audit?${query}`);
  replace(
    main,
    h('h1', { class: 'utrecht-heading-1', tabindex: '-1' }, 'Auditspoor'),
    h('p', { class: 'utrecht-paragraph' }, 'Wie een melding bekeek en wie wat deed, nieuwste eerst.'),
    form,
    page.records.length === 0
      ? h('p', { class: 'utrecht-paragraph' }, 'Niets gevonden.')
      : h('table', { class: 'utrecht-table' },
          h('caption', { class: 'utrecht-table__caption' }, reference ? `Auditspoor van ${reference}` : 'Auditspoor'),
          h('thead', { class: 'utrecht-table__header' }, h('tr', { class: 'utrecht-table__row' },
            ['Moment', 'Medewerker', 'Functie', 'Handeling', 'Melding', 'Doel'].map((t) =>
              h('th', { class: 'utrecht-table__header-cell', scope: 'col' }, t)))),
          h('tbody', { class: 'utrecht-table__body' }, page.records.map((r) =>
            h('tr', { class: 'utrecht-table__row' },
              h('td', { class: 'utrecht-table__cell' }, dateTime(r.occurredAt)),
              h('td', { class: 'utrecht-table__cell' }, r.actorName || r.actor),
              h('td', { class: 'utrecht-table__cell' }, (r.jobs || []).join(', ')),
              h('td', { class: 'utrecht-table__cell' }, ACTION[r.action] || r.action),
              h('td', { class: 'utrecht-table__cell' }, r.signal || '—'),
              h('td', { class: 'utrecht-table__cell' }, r.purpose || '—'))))),
  );
  main.querySelector('h1').focus();
}
