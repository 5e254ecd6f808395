// What connects a signal to others: per entity it names, the related signals of one's regions
// (links) and of other regions (counts only, with a request for access where the caller may ask);
// the links staff made by hand; and folding a duplicate into another, or undoing that. Every step
// is one call of the API, and the signal is read again after it. Copyright Waakzaam, EUPL-1.2.

import { call } from './api.js';
import { button, dateTime, field, h, textarea, textInput } from './dom.js';
import { actionForm as form, section } from './forms.js';
import { ENTITY_TYPE, KIND, STATUS, label } from './labels.js';

function signalLink(reference) {
  return h('a', { class: 'utrecht-link utrecht-link--html-a', href: `#/melding/${reference}` }, reference);
}

const COUNTRY = new Intl.DisplayNames(['nl'], { type: 'region' });

/** "vlag: Liberia" for an MMSI whose flag state is known, else nothing. */
function flag(entity) {
  return entity.flagState ? ` (vlag: ${COUNTRY.of(entity.flagState)})` : '';
}

function plural(n) {
  return n === 1 ? '1 signaal' : `${n} signalen`;
}

/** The request for access to the signals of one region that name one entity of this signal. */
function askForAccess(signal, entity, there, reload) {
  const reason = field('Waarom u dit moet weten', textarea({ rows: 2 }), 'De coördinator van die regio beslist hierover; uw reden gaat mee.', true);
  const details = h(
    'details',
    { class: 'waakzaam-console-ask' },
    h('summary', {}, `Vraag ${there.regionName} om toegang`),
    form(
      null,
      { reason },
      'Vraag toegang',
      () =>
        call(`signals/${encodeURIComponent(signal.reference)}/access-requests`, {
          method: 'POST',
          body: { region: there.region, entityType: entity.type, reason: reason.control.value },
        }),
      reload,
      `Uw verzoek is naar ${there.regionName} gestuurd.`,
    ),
  );
  return details;
}

function related(signal, entities, session, reload) {
  if (entities.length === 0) {
    return section('Verwante meldingen', h('p', { class: 'utrecht-paragraph' }, 'Deze melding noemt geen kenteken, nummer, schip of adres dat we herkennen.'));
  }
  return section(
    'Verwante meldingen',
    h(
      'ul',
      { class: 'utrecht-unordered-list waakzaam-console-related' },
      entities.map((entity) =>
        h(
          'li',
          { class: 'utrecht-unordered-list__item' },
          h('strong', {}, `${label(ENTITY_TYPE, entity.type)} `),
          h('mark', { class: 'waakzaam-console-entity' }, entity.asWritten),
          flag(entity),
          entity.inYourRegions.length === 0 && entity.elsewhere.length === 0 ? ' — nergens anders genoemd' : '',
          entity.inYourRegions.length > 0
            ? h(
                'ul',
                { class: 'utrecht-unordered-list' },
                entity.inYourRegions.map((r) =>
                  h('li', { class: 'utrecht-unordered-list__item' }, signalLink(r.reference), ` — ${label(KIND, r.kind)}, ${dateTime(r.receivedAt)}, ${label(STATUS, r.status)}`),
                ),
              )
            : null,
          entity.moreInYourRegions > 0 ? h('p', { class: 'utrecht-paragraph' }, `En ${plural(entity.moreInYourRegions)} meer in uw regio's.`) : null,
          entity.elsewhere.map((there) =>
            h(
              'p',
              { class: 'utrecht-paragraph' },
              `Ook genoemd in ${plural(there.signals)} van ${there.regionName}.`,
              session.may('signal:share') ? askForAccess(signal, entity, there, reload) : null,
            ),
          ),
        ),
      ),
    ),
  );
}

function links(signal, linked, session, reload) {
  const path = `signals/${encodeURIComponent(signal.reference)}/links`;
  const other = field('Kenmerk van de andere melding', textInput({ autocomplete: 'off' }), 'Zoals VO-2026-483920.', true);
  const reason = field('Reden', textarea({ rows: 2 }), 'Waarom deze meldingen bij elkaar horen.', true);
  return section(
    'Gekoppelde meldingen',
    linked.inYourRegions.length === 0 && linked.elsewhere.length === 0
      ? h('p', { class: 'utrecht-paragraph' }, 'Nog niet met de hand gekoppeld.')
      : h(
          'ul',
          { class: 'utrecht-unordered-list' },
          linked.inYourRegions.map((l) =>
            h(
              'li',
              { class: 'utrecht-unordered-list__item' },
              signalLink(l.reference),
              ` — ${l.reason} (${l.linkedBy}, ${dateTime(l.linkedAt)}) `,
              session.may('signal:triage')
                ? button(`Ontkoppel ${l.reference}`, async () => {
                    await call(`${path}/${encodeURIComponent(l.reference)}`, { method: 'DELETE' });
                    await reload(`De koppeling met ${l.reference} is verwijderd.`);
                  })
                : null,
            ),
          ),
          linked.elsewhere.map((there) => h('li', { class: 'utrecht-unordered-list__item' }, `${plural(there.signals)} van ${there.regionName}`)),
        ),
    session.may('signal:triage')
      ? form(
          'Koppel aan een andere melding',
          { signal: other, reason },
          'Koppel',
          () => call(path, { method: 'POST', body: { signal: other.control.value.trim(), reason: reason.control.value } }),
          reload,
          'De meldingen zijn gekoppeld.',
        )
      : null,
  );
}

function duplicates(signal, reload) {
  const path = `signals/${encodeURIComponent(signal.reference)}/merge`;
  const allowed = new Set(signal.allowedActions);
  const parts = [];
  if (signal.merge) {
    parts.push(
      h(
        'p',
        { class: 'utrecht-alert utrecht-alert--info' },
        'Deze melding is samengevoegd met ',
        signalLink(signal.merge.survivor),
        `; de melder volgt die melding. Ongedaan maken kan tot ${dateTime(signal.merge.undoableUntil)}.`,
      ),
    );
  }
  if (allowed.has('UNDO_MERGE')) {
    parts.push(
      button('Maak het samenvoegen ongedaan', async () => {
        await call(path, { method: 'DELETE' });
        await reload('Het samenvoegen is ongedaan gemaakt.');
      }),
    );
  }
  for (const d of signal.duplicates || []) {
    const s = d.signal;
    parts.push(
      h(
        'article',
        { class: 'waakzaam-console-duplicate' },
        h('h3', { class: 'utrecht-heading-3' }, 'Samengevoegd: ', signalLink(s.reference), ` (${dateTime(s.receivedAt)})`),
        h('p', { class: 'utrecht-paragraph' }, s.description || '—'),
        s.messages.length > 0
          ? h('ol', { class: 'waakzaam-console-thread' }, s.messages.map((m) => h('li', { class: 'waakzaam-console-thread__message' }, `${dateTime(m.at)}: ${m.text}`)))
          : null,
      ),
    );
  }
  if (allowed.has('MERGE')) {
    const into = field('Kenmerk van de melding waarin deze opgaat', textInput({ autocomplete: 'off' }), 'De melder van deze melding volgt daarna die melding, zonder dat te horen.', true);
    const reason = field('Reden', textarea({ rows: 2 }), 'Blijft bij de medewerkers.', true);
    parts.push(
      h(
        'details',
        {},
        h('summary', {}, 'Samenvoegen met een andere melding (dubbel)'),
        form(null, { into, reason }, 'Voeg samen', () => call(path, { method: 'POST', body: { into: into.control.value.trim(), reason: reason.control.value } }), reload, 'De melding is samengevoegd.'),
      ),
    );
  }
  return parts.length > 0 ? section('Dubbele meldingen', parts) : null;
}

/** The linking sections of the signal view; nothing if the caller may not read them. */
export async function linking(signal, session, reload) {
  const reference = encodeURIComponent(signal.reference);
  const [entities, linked] = await Promise.all([
    call(`signals/${reference}/related`).catch(() => []),
    call(`signals/${reference}/links`).catch(() => ({ inYourRegions: [], elsewhere: [] })),
  ]);
  return [related(signal, entities, session, reload), links(signal, linked, session, reload), duplicates(signal, reload)];
}
