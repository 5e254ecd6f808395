// One signal as staff open it: what it says, its files, the conversation with the reporter and the
// history; and what staff can decide, each a form that calls one action of the API. After an action
// the signal is read again, so what is shown is what the server holds. Copyright Waakzaam, EUPL-1.2.

import { call, download } from './api.js';
import { button, dateTime, field, h, replace, select, textarea, timeLeft, uniqueId } from './dom.js';
import { actionForm, section } from './forms.js';
import { queueNeighbours } from './keys.js';
import { forwardingChoices, forwardingForm, sentPackages } from './forwarding.js';
import { linking } from './linking.js';
import { suggestionSection, transferSection } from './transfer.js';
import {
  ATTACHMENT_STATE, CATEGORY, CONTENT_PART, DEADLINE, EVENT, KIND, MESSAGE_KIND, OUTCOME, PARTNER, PRIORITY, SECTOR, SLA, STATUS,
  label, options,
} from './labels.js';

/** Shows the signal with this reference in main; notice is a message to show on top. */
export async function showSignal(main, reference, session, notice) {
  const signal = await call(`signals/${encodeURIComponent(reference)}?purpose=${encodeURIComponent('Behandeling in de console')}`);
  const slug = signal.region.toLowerCase().replaceAll('_', '-');
  const reload = (message) => showSignal(main, reference, session, message);
  const [attachments, texts, colleagues, connections, choices, sent, suggestion] = await Promise.all([
    call(`signals/${encodeURIComponent(reference)}/attachments`).catch(() => []),
    session.may('signal:triage') ? call(`regions/${slug}/texts`).catch(() => []) : [],
    session.may('signal:triage') ? call('triage/staff').catch(() => []) : [],
    linking(signal, session, reload),
    forwardingChoices(signal, session).catch(() => null),
    sentPackages(signal, session.may('signal:route') ? reload : null).catch(() => null),
    call(`signals/${encodeURIComponent(reference)}/routing-suggestion`).catch(() => null),
  ]);
  // Forwarding further starts from nothing chosen: the suggestion was for the first forwarding.
  if (choices && suggestion?.matched && signal.status !== 'ROUTED') choices.suggested = suggestion.partners.map((p) => p.id);
  const status = h('div', { role: 'status', class: 'waakzaam-console-notice', tabindex: '-1' });
  const heading = h('h1', { class: 'utrecht-heading-1', tabindex: '-1' }, `Melding ${signal.reference}`);
  replace(
    main,
    h('p', {}, h('a', { class: 'utrecht-link utrecht-link--html-a', href: '#/' }, '← Terug naar de werkvoorraad'), ' ', neighbours(reference)),
    heading,
    signal.handling.unread
      ? h('p', { class: 'utrecht-alert utrecht-alert--info waakzaam-console-unread-alert' }, 'De melder schreef iets nieuws: zie de berichten.')
      : null,
    h(
      'div',
      { class: 'waakzaam-console-signal' },
      // The report first: in the reading order (and on a narrow screen) before what can be done.
      h('div', { class: 'waakzaam-console-signal__report' }, content(signal), ...connections, files(signal, attachments), conversation(signal), history(signal)),
      h(
        'aside',
        { class: 'waakzaam-console-signal__work', 'aria-label': 'Behandeling en acties' },
        status,
        handling(signal),
        suggestionSection(suggestion),
        sent,
        transferSection(signal, reload, suggestion),
        actions(signal, session, texts, colleagues, choices, reload),
      ),
    ),
  );
  if (notice) {
    // After an action the work goes on beside the report: the notice of what was done takes the
    // focus there, not the top of the page.
    status.textContent = notice;
    status.focus();
  } else {
    heading.focus();
  }
}

/** Links to the signals before and after this one in the queue as last shown (keys p and n). */
function neighbours(reference) {
  const { previous, next } = queueNeighbours(reference);
  return h(
    'span',
    { class: 'waakzaam-console-neighbours' },
    previous ? h('a', { class: 'utrecht-link utrecht-link--html-a', href: `#/melding/${previous}`, 'data-key': 'p' }, '← Vorige melding') : null,
    previous && next ? ' · ' : null,
    next ? h('a', { class: 'utrecht-link utrecht-link--html-a', href: `#/melding/${next}`, 'data-key': 'n' }, 'Volgende melding →') : null,
  );
}

function dl(pairs) {
  return h(
    'dl',
    { class: 'utrecht-data-list waakzaam-console-data' },
    pairs
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) =>
        h(
          'div',
          { class: 'utrecht-data-list__item' },
          h('dt', { class: 'utrecht-data-list__item-key' }, key),
          h('dd', { class: 'utrecht-data-list__item-value utrecht-data-list__item-value--html-dd' }, value ?? '—'),
        ),
      ),
  );
}

function handling(signal) {
  const hd = signal.handling;
  const trace = hd.traceability;
  return section(
    'Behandeling',
    dl([
      ['Status', label(STATUS, signal.status)],
      ['Soort', label(KIND, signal.kind)],
      ['Sector', label(SECTOR, signal.sector)],
      ['Prioriteit', label(PRIORITY, hd.priority)],
      ['Categorie', label(CATEGORY, hd.category)],
      ['Behandelaar', hd.assignee || 'Niet toegewezen'],
      ['Ontvangen', dateTime(signal.receivedAt)],
      ['Ingediend via', signal.submittedBy ? `${signal.submittedBy} (brancheorganisatie, namens een lid)` : undefined],
      [
        'Termijn',
        hd.deadline
          ? `${timeLeft(hd.deadline)} — ${label(DEADLINE, hd.firstFeedbackAt ? 'DECISION' : 'FIRST_FEEDBACK')} uiterlijk ${dateTime(hd.deadline)} (${label(SLA, hd.sla)})`
          : label(SLA, hd.sla),
      ],
      ['Eerste terugkoppeling', hd.firstFeedbackAt ? dateTime(hd.firstFeedbackAt) : `uiterlijk ${dateTime(hd.firstFeedbackDue)}`],
      ['Besluit', hd.decidedAt ? dateTime(hd.decidedAt) : `uiterlijk ${dateTime(hd.decisionDue)}`],
      [
        'Herleidbaarheid',
        trace
          ? trace.identifying
            ? `Kan de melder herleiden. Partners krijgen niet: ${(trace.withheldParts || []).map((p) => label(CONTENT_PART, p)).join(', ') || '—'}. ${trace.withhold} (${trace.checkedBy}, ${dateTime(trace.checkedAt)})`
            : `Niet herleidbaar (${trace.checkedBy}, ${dateTime(trace.checkedAt)})`
          : 'Nog niet gecontroleerd',
      ],
      ['Doorgestuurd naar', hd.routedTo.length ? hd.routedTo.map((p) => label(PARTNER, p)).join(', ') : undefined],
      ['Uitkomst', signal.outcome ? label(OUTCOME, signal.outcome) : undefined],
      ['Tekst voor de melder', hd.outcomeText || undefined],
    ]),
  );
}

/** A select of the region's standard texts of a purpose that fills target when chosen. */
function standardTexts(texts, purpose, target) {
  const fitting = texts.filter((t) => t.purpose === purpose);
  if (fitting.length === 0) return null;
  const chooser = select([['', 'Kies een standaardtekst…'], ...fitting.map((t) => [t.key, t.title])], '');
  chooser.addEventListener('change', () => {
    const text = fitting.find((t) => t.key === chooser.value);
    if (text) target.value = text.body;
  });
  return field('Standaardtekst', chooser, 'Vult het tekstveld; u kunt de tekst daarna aanpassen.');
}

// The server says which actions the signal's status and the caller's permissions allow; only those
// are offered, so no form is shown that the server would refuse.
function actions(signal, session, texts, colleagues, choices, reload) {
  const path = (action) => `signals/${encodeURIComponent(signal.reference)}/${action}`;
  const allowed = new Set(signal.allowedActions);
  const forms = [];

  if (allowed.has('TAKE_INTO_TRIAGE')) {
    forms.push(
      actionForm('In behandeling nemen', {}, 'Neem in behandeling', () => call(path('triage'), { method: 'POST' }), reload, 'De melding is in behandeling genomen.'),
    );
  }

  if (allowed.has('ASSIGN')) {
  const people = [...new Set([session.username, ...colleagues])];
  const assignee = field(
    'Behandelaar',
    select([['', 'Niemand'], ...people.map((p) => [p, p === session.username ? `${p} (ik)` : p])], signal.handling.assignee || session.username),
  );
  forms.push(
    actionForm(
      'Toewijzen',
      { assignee },
      'Wijs toe',
      () => call(path('assignee'), { method: 'PUT', body: { assignee: assignee.control.value || null } }),
      reload,
      'De behandelaar is vastgelegd.',
    ),
  );
  }

  if (allowed.has('CLASSIFY')) {
  const category = field('Categorie', select([['', 'Kies…'], ...options(CATEGORY)], signal.handling.category || ''));
  const priority = field('Prioriteit', select(options(PRIORITY), signal.handling.priority));
  const reason = field('Reden', textarea({ rows: 2 }), 'Waarom deze categorie en prioriteit; blijft bij de medewerkers.', true);
  forms.push(
    actionForm(
      'Categorie en prioriteit',
      { category, priority, reason },
      'Leg vast',
      () =>
        call(path('classification'), {
          method: 'PUT',
          body: { category: category.control.value || null, priority: priority.control.value, reason: reason.control.value },
        }),
      reload,
      'Categorie en prioriteit zijn vastgelegd; de termijnen volgen de prioriteit.',
    ),
  );
  }

  if (allowed.has('CHECK_TRACEABILITY')) {
  const identifying = field(
    'Kan de inhoud de melder herleiden?',
    select([['', 'Kies…'], ['false', 'Nee, niet herleidbaar'], ['true', 'Ja, kan de melder herleiden']], ''),
  );
  const withhold = field('Waarom, en wat moet worden achtergehouden?', textarea({ rows: 2 }), 'Verplicht als de melding de melder kan herleiden.');
  const current = signal.handling.traceability?.withheldParts || [];
  const parts = h(
    'fieldset',
    { class: 'utrecht-form-fieldset' },
    h('legend', { class: 'utrecht-form-fieldset__legend' }, 'Wat partners niet krijgen (verplicht als de melding de melder kan herleiden)'),
    Object.entries(CONTENT_PART).map(([value, name]) => {
      const id = uniqueId('deel');
      return h(
        'div',
        { class: 'utrecht-form-field utrecht-form-field--checkbox' },
        h('input', { type: 'checkbox', class: 'utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom', id, value, checked: current.includes(value) }),
        h('label', { class: 'utrecht-form-label utrecht-form-label--checkbox', for: id }, ` ${name}`),
      );
    }),
  );
  const partsError = h('p', { class: 'utrecht-form-field-error-message', role: 'alert', hidden: true });
  parts.insertBefore(partsError, parts.children[1]);
  parts.showError = (message) => {
    partsError.textContent = message || '';
    partsError.hidden = !message;
  };
  forms.push(
    actionForm(
      'Herleidbaarheidscheck',
      { identifying, withhold, withheldParts: parts },
      'Leg de check vast',
      () =>
        call(path('traceability'), {
          method: 'PUT',
          body: {
            identifying: identifying.control.value === '' ? null : identifying.control.value === 'true',
            withhold: withhold.control.value || null,
            withheldParts: [...parts.querySelectorAll('input:checked')].map((b) => b.value),
          },
        }),
      reload,
      'De herleidbaarheidscheck is vastgelegd.',
    ),
  );
  }

  if (allowed.has('ASK')) {
    const question = textarea();
    const questionField = field('Vraag', question, 'De melder leest deze vraag op de opvolgpagina.', true);
    forms.push(
      actionForm(
        'Vraag stellen aan de melder',
        { template: standardTexts(texts, 'QUESTION', question), text: questionField },
        'Stel de vraag',
        () => call(path('questions'), { method: 'POST', body: { text: question.value } }),
        reload,
        'De vraag staat klaar voor de melder.',
      ),
    );
  }

  if (allowed.has('INFORM')) {
  const message = textarea();
  forms.push(
    actionForm(
      'Bericht aan de melder',
      { template: standardTexts(texts, 'INFORMATION', message), text: field('Bericht', message, null, true) },
      'Stuur het bericht',
      () => call(path('messages'), { method: 'POST', body: { text: message.value } }),
      reload,
      'Het bericht staat klaar voor de melder.',
    ),
  );
  }

  if (allowed.has('ROUTE') && choices) {
    forms.push(forwardingForm(signal, choices, reload));
  }

  if (allowed.has('CLOSE')) {
  const outcome = field('Uitkomst', select([['', 'Kies…'], ...options(OUTCOME)], ''));
  const outcomeText = textarea();
  forms.push(
    actionForm(
      'Afsluiten',
      {
        outcome,
        template: standardTexts(texts, 'OUTCOME', outcomeText),
        outcomeText: field('Tekst voor de melder', outcomeText, 'De melder leest deze tekst als uitkomst op de opvolgpagina.', true),
      },
      'Sluit af',
      () =>
        call(path('closure'), {
          method: 'POST',
          body: { outcome: outcome.control.value || null, outcomeText: outcomeText.value },
        }),
      reload,
      'De melding is afgesloten; de melder leest de uitkomst.',
    ),
  );
  }

  if (allowed.has('REJECT')) {
    const rejection = field('Reden', textarea({ rows: 2 }), 'Blijft bij de medewerkers; de melder leest alleen dat de melding niet is opgepakt.', true);
    forms.push(
      actionForm(
        'Afwijzen (misbruik, reclame, geen signaal)',
        { reason: rejection },
        'Wijs af',
        () => call(path('rejection'), { method: 'POST', body: { reason: rejection.control.value } }),
        reload,
        'De melding is afgewezen.',
      ),
    );
  }

  if (forms.length === 0) return null;
  return section('Acties', forms.map((f) => h('div', { class: 'waakzaam-console-action-box' }, f)));
}

function content(signal) {
  const place = signal.place || {};
  return section(
    'Wat de melding zegt',
    dl([
      ['Soort', label(KIND, signal.kind)],
      ['Plaats', [place.address, place.postcode, place.municipality].filter(Boolean).join(', ') || '—'],
      ['Waargenomen op', [signal.observedOn && dateOnly(signal.observedOn), signal.observedTime?.slice(0, 5)].filter(Boolean).join(' om ') || '—'],
      ['Beschrijving', signal.description || '—'],
      // In the words of the form the reporter filled in: the question as asked, the answer as chosen.
      ...(signal.answered || []).map((a) => [a.label, a.value]),
    ]),
    cards('Genoemde personen', signal.persons, (p) => [
      ['Naam', p.name], ['Rol', p.role], ['Beschrijving', p.description], ['Telefoon', p.phone], ['E-mail', p.email],
    ]),
    cards('Genoemde voertuigen', signal.vehicles, (v) => [
      ['Kenteken', v.licencePlate], ['Land', v.country], ['Merk en type', v.makeAndModel], ['Kleur', v.colour],
    ]),
    cards('Genoemde schepen', signal.vessels, (v) => [['Naam', v.name], ['Registratie', v.registration], ['MMSI', v.mmsi]]),
    signal.contact
      ? h(
          'div',
          { class: 'waakzaam-console-card' },
          h('h3', { class: 'utrecht-heading-3' }, 'Contact met de melder'),
          dl([
            ['Naam', signal.contact.name || undefined],
            ['E-mail', signal.contact.email || undefined],
            ['Telefoon', signal.contact.phone || undefined],
            ['Delen met partners', signal.contact.shareWithPartners ? 'Mag' : 'Niet delen'],
          ]),
        )
      : h('p', { class: 'utrecht-paragraph' }, 'De melder is anoniem.'),
  );
}

/** A date of the report (yyyy-mm-dd) as Dutch people write it. */
function dateOnly(iso) {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}-${Number(m)}-${y}`;
}

/** Persons, vehicles or vessels named in the report, each a small card of what is known. */
function cards(title, list, fields) {
  if (!list || list.length === 0) return null;
  return h(
    'div',
    {},
    h('h3', { class: 'utrecht-heading-3' }, title),
    h(
      'ul',
      { class: 'waakzaam-console-cards' },
      list.map((item) =>
        h('li', { class: 'waakzaam-console-card' }, dl(fields(item).filter(([, value]) => value).map(([k, v]) => [k, v]))),
      ),
    ),
  );
}

function files(signal, attachments) {
  if (attachments.length === 0) return section('Bijlagen', h('p', { class: 'utrecht-paragraph' }, 'Geen bijlagen.'));
  return section(
    'Bijlagen',
    h(
      'ul',
      { class: 'utrecht-unordered-list' },
      attachments.map((a, index) =>
        h(
          'li',
          { class: 'utrecht-unordered-list__item' },
          `${a.declaredName} — ${label(ATTACHMENT_STATE, a.state)}${a.refusalText ? `: ${a.refusalText}` : ''} `,
          a.state === 'ACCEPTED'
            ? button(`Download schone kopie van ${a.declaredName}`, () =>
                download(`signals/${encodeURIComponent(signal.reference)}/attachments/${a.id}/content`, `bijlage-${index + 1}`),
              )
            : null,
        ),
      ),
    ),
  );
}

function conversation(signal) {
  if (signal.messages.length === 0) return section('Berichten', h('p', { class: 'utrecht-paragraph' }, 'Nog geen berichten.'));
  return section(
    'Berichten',
    h(
      'ol',
      { class: 'waakzaam-console-thread' },
      signal.messages.map((m) =>
        h(
          'li',
          { class: `waakzaam-console-thread__message waakzaam-console-thread__message--${m.author.toLowerCase()}` },
          h('p', { class: 'waakzaam-console-thread__meta' }, `${label(MESSAGE_KIND, m.kind)} · ${dateTime(m.at)}`),
          h('p', { class: 'utrecht-paragraph waakzaam-console-thread__text' }, m.text),
        ),
      ),
    ),
  );
}

function history(signal) {
  return section(
    'Geschiedenis',
    h(
      'ol',
      { class: 'utrecht-ordered-list' },
      signal.history.map((e) =>
        h(
          'li',
          { class: 'utrecht-ordered-list__item' },
          `${dateTime(e.at)} — ${label(EVENT, e.event)}: `,
          e.event === 'STATUS_CHANGED' ? label(STATUS, e.to) : '',
          e.reason ? ` (${e.reason})` : '',
          ` · ${e.actorType === 'STAFF' ? 'medewerker' : e.actorType === 'REPORTER' ? 'melder' : e.actorType.toLowerCase()}`,
        ),
      ),
    ),
  );
}
