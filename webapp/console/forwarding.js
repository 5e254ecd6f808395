// Forwarding, for coordinators: choose partners from the region's list, a legal basis for each from
// what its profile allows, look at exactly what each will see, then forward. The preview is the
// server's own composition, so what is shown is what is sent. Copyright Waakzaam, EUPL-1.2.

import { ApiProblem, call } from './api.js';
import { button, dateTime, field, h, replace, select, textarea, uniqueId } from './dom.js';
import { actionForm, section } from './forms.js';
import { PARTNER_OUTCOME, label } from './labels.js';
import { packageView } from './packages.js';

/** The region's partners and the legal bases, for the form; null when the caller may not route. */
export async function forwardingChoices(signal, session) {
  if (!signal.allowedActions.includes('ROUTE') || !session.may('signal:route')) return null;
  const slug = signal.region.toLowerCase().replaceAll('_', '-');
  const [partners, bases] = await Promise.all([call(`regions/${slug}/partners`), call('legal-bases')]);
  return { partners, bases };
}

function partnerChoice(partner, bases, suggested) {
  const id = uniqueId('partner');
  const box = h('input', { type: 'checkbox', class: 'utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom', id, value: partner.id, checked: suggested });
  const basis = select(
    partner.legalBases.map((key) => [key, bases.find((b) => b.key === key)?.title || key]),
    partner.legalBases[0],
    { 'aria-label': `Grondslag voor ${partner.name}`, disabled: !suggested },
  );
  box.addEventListener('change', () => {
    basis.disabled = !box.checked;
  });
  const row = h(
    'div',
    { class: 'utrecht-form-field utrecht-form-field--checkbox waakzaam-console-partner' },
    box,
    h('label', { class: 'utrecht-form-label utrecht-form-label--checkbox', for: id }, ` ${partner.name}`),
    ' ',
    basis,
  );
  row.choice = () => (box.checked ? { organisation: partner.id, legalBasis: basis.value } : null);
  return row;
}

/** The forwarding form of the signal view. */
export function forwardingForm(signal, choices, reload) {
  const suggested = choices.suggested || [];
  const rows = choices.partners.map((p) => partnerChoice(p, choices.bases, suggested.includes(p.id)));
  const partners = h(
    'fieldset',
    { class: 'utrecht-form-fieldset waakzaam-console-partners' },
    h('legend', { class: 'utrecht-form-fieldset__legend' }, 'Partners, elk met de grondslag waarop het de melding krijgt'),
    rows,
  );
  const partnerError = h('p', { class: 'utrecht-form-field-error-message', role: 'alert', hidden: true });
  partners.insertBefore(partnerError, partners.children[1]);
  partners.showError = (message) => {
    partnerError.textContent = message || '';
    partnerError.hidden = !message;
  };
  const note = field('Toelichting voor de partners (niet verplicht)', textarea({ rows: 2 }));
  const preview = h('div', { class: 'waakzaam-console-preview', 'aria-live': 'polite' });
  const chosen = () => rows.map((r) => r.choice()).filter(Boolean);
  const body = () => ({ partners: chosen(), note: note.control.value || null });
  const requireChoice = () => {
    partners.showError(null);
    if (chosen().length > 0) return true;
    partners.showError('Kies ten minste één partner.');
    rows[0]?.querySelector('input')?.focus();
    return false;
  };
  const show = button('Bekijk wat elke partner krijgt', async () => {
    if (!requireChoice()) return;
    try {
      const packages = await call(`signals/${encodeURIComponent(signal.reference)}/forwardings/preview`, { method: 'POST', body: body() });
      replace(
        preview,
        packages.map((p) => h('section', { class: 'waakzaam-console-action-box' }, h('h4', { class: 'utrecht-heading-4' }, `Zo ziet ${p.recipient.name} het`), packageView(p))),
      );
    } catch (e) {
      if (!(e instanceof ApiProblem)) throw e;
      replace(preview, h('p', { class: 'utrecht-form-field-error-message', role: 'alert' }, e.describe()));
    }
  });
  const further = signal.status === 'ROUTED';
  const form = actionForm(
    further ? 'Verder doorsturen naar meer partners' : 'Doorsturen naar partners',
    { partners, note },
    'Stuur door',
    async () => {
      if (!requireChoice()) {
        throw new ApiProblem(422, { violations: [{ field: 'partners', message: 'Kies ten minste één partner.' }] });
      }
      await call(`signals/${encodeURIComponent(signal.reference)}/forwardings`, { method: 'POST', body: body() });
    },
    reload,
    'De melding is doorgestuurd; elke partner vindt zijn pakket in Waakzaam.',
  );
  if (further) {
    form.prepend(h('p', {}, 'De partners die de melding al kregen, houden hun pakket; wie u nu kiest, krijgt een eigen pakket van de melding zoals die nu is.'));
  }
  form.insertBefore(h('p', {}, show), form.querySelector('button[type=submit]'));
  form.insertBefore(preview, form.querySelector('button[type=submit]'));
  if (!signal.handling.traceability) {
    form.prepend(
      h('p', { class: 'utrecht-alert utrecht-alert--warning' }, 'Doorsturen kan pas na de herleidbaarheidscheck: leg die eerst vast.'),
    );
  }
  return form;
}


/**
 * Whether the reporter may read which kinds of partner received the signal: never unless a
 * coordinator decides so here, with a reason. Never the organisations' names.
 */
function disclosure(signal, reload) {
  const shown = signal.handling.partnersShownToReporter;
  const reason = field(shown ? 'Waarom niet meer?' : 'Waarom mag de melder dit weten?', textarea({ rows: 2 }), 'Blijft bij de medewerkers en in het auditspoor.', true);
  return h('details', {},
    h('summary', {}, shown ? 'De melder leest aan welke soort partners de melding ging' : 'De melder leest niet aan wie de melding ging'),
    actionForm(
      null,
      { reason },
      shown ? 'Verberg de partners voor de melder' : 'Laat de melder de soort partners lezen',
      () => call(`signals/${encodeURIComponent(signal.reference)}/partner-disclosure`, { method: 'PUT', body: { disclosed: !shown, reason: reason.control.value } }),
      reload,
      shown ? 'De melder leest niet meer aan wie de melding ging.' : 'De melder leest nu aan welke soort partners de melding ging (geen namen).',
    ));
}

/** The packages of the signal as its region follows them: read or not, and what came of them. */
export async function sentPackages(signal, reload) {
  const sent = await call(`signals/${encodeURIComponent(signal.reference)}/forwardings`);
  if (sent.length === 0) return null;
  const cell = (...children) => h('td', { class: 'utrecht-table__cell' }, ...children);
  return section(
    'Doorgestuurd aan partners',
    h(
      'table',
      { class: 'utrecht-table waakzaam-console-table' },
      h(
        'thead',
        { class: 'utrecht-table__header' },
        h('tr', { class: 'utrecht-table__row' }, ['Partner', 'Grondslag', 'Doorgestuurd', 'Gelezen', 'Uitkomst'].map((t) => h('th', { class: 'utrecht-table__header-cell', scope: 'col' }, t))),
      ),
      h(
        'tbody',
        { class: 'utrecht-table__body' },
        sent.map((p) =>
          h(
            'tr',
            { class: 'utrecht-table__row' },
            cell(p.organisationName),
            cell(p.legalBasis),
            cell(`${dateTime(p.forwardedAt)} door ${p.forwardedBy}`),
            cell(p.firstReadAt ? dateTime(p.firstReadAt) : p.overdue ? h('strong', { class: 'waakzaam-console-overdue' }, 'Nog niet gelezen: te laat') : 'Nog niet gelezen'),
            cell(
              p.outcome
                ? [`${label(PARTNER_OUTCOME, p.outcome)} (${p.outcomeOn})`, p.outcomeNote ? h('br') : null, p.outcomeNote || null]
                : '—',
            ),
          ),
        ),
      ),
    ),
    sent.some((p) => p.outcome)
      ? h('p', { class: 'utrecht-paragraph' }, 'Vertel de melder in algemene woorden wat er gebeurde met een bericht (standaardtekst "Er is iets gedaan met uw melding"); noem de partner niet.')
      : null,
    reload ? disclosure(signal, reload) : null,
  );
}

/** Above the queue, for coordinators: the packages partners leave unread too long; nothing if none. */
export async function overduePackages(session) {
  const lists = await Promise.all(session.regions.map((r) => call(`regions/${r}/overdue-packages`).catch(() => [])));
  const overdue = lists.flat();
  if (overdue.length === 0) return null;
  return section(
    'Te lang ongelezen bij partners',
    h('ul', { class: 'utrecht-unordered-list waakzaam-console-overdue-list' },
      overdue.map((p) => h('li', {},
        h('a', { class: 'utrecht-link utrecht-link--html-a', href: `#/melding/${encodeURIComponent(p.reference)}` }, p.reference),
        ` aan ${p.organisationName}, doorgestuurd ${dateTime(p.forwardedAt)} door ${p.forwardedBy}`))),
  );
}
