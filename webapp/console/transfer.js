// Handing a signal to another region: the offer (and taking it back) on the signal view of its own
// region, the answer (accept or return) on the view of the region it is offered to, and the list of
// signals offered to the caller's regions above the work queue. Copyright Waakzaam, EUPL-1.2.

import { call } from './api.js';
import { button, dateTime, field, h, select, textarea } from './dom.js';
import { actionForm, section } from './forms.js';
import { PRIORITY, REGION, label } from './labels.js';

const slugOf = (region) => region.toLowerCase().replaceAll('_', '-');

/** The transfer section of the signal view, or nothing when the caller can do nothing about it. */
export function transferSection(signal, reload, suggestion) {
  const allowed = new Set(signal.allowedActions);
  const path = (more = '') => `signals/${encodeURIComponent(signal.reference)}/transfer${more}`;
  const own = slugOf(signal.region);
  const offer = signal.transfer;
  const parts = [];

  if (offer) {
    parts.push(
      h(
        'p',
        { class: 'utrecht-alert utrecht-alert--info' },
        `Aangeboden aan ${label(REGION, slugOf(offer.to))} door ${offer.offeredBy} op ${dateTime(offer.offeredAt)}: ${offer.reason}`,
      ),
    );
  }
  if (allowed.has('ACCEPT_TRANSFER')) {
    parts.push(
      h(
        'p',
        { class: 'utrecht-paragraph' },
        `${label(REGION, own)} biedt deze melding aan uw regio aan. Neemt u haar over, dan hoort zij bij uw regio en ziet ${label(REGION, own)} haar niet meer. De melder merkt er niets van.`,
      ),
      button('Neem de melding over', async () => {
        await call(path('/acceptance'), { method: 'POST' });
        await reload('De melding hoort nu bij uw regio.');
      }, 'primary-action'),
    );
  }
  if (allowed.has('RETURN_TRANSFER')) {
    const reason = field('Waarom niet?', textarea({ rows: 2 }), `${label(REGION, own)} leest deze reden.`, true);
    parts.push(
      actionForm(
        'Teruggeven',
        { reason },
        'Geef terug',
        () => call(path('/return'), { method: 'POST', body: { reason: reason.control.value } }),
        () => { window.location.hash = '#/'; },
        'De melding is teruggegeven.',
      ),
    );
  }
  if (allowed.has('WITHDRAW_TRANSFER')) {
    parts.push(
      button('Trek het aanbod in', async () => {
        await call(path(), { method: 'DELETE' });
        await reload('Het aanbod is ingetrokken; de melding blijft bij uw regio.');
      }),
    );
  }
  if (allowed.has('TRANSFER')) {
    const others = Object.entries(REGION).filter(([slug]) => slug !== own);
    const suggested = suggestion?.matched ? suggestion.transferTo || '' : '';
    const region = field(
      'Naar welke regio?',
      select([['', 'Kies…'], ...others], suggested),
      suggested ? `Regel “${suggestion.rule.name}” stelt ${label(REGION, suggested)} voor.` : undefined,
      true,
    );
    const reason = field(
      'Waarom hoort de melding daar?',
      textarea({ rows: 2 }),
      'Bijvoorbeeld: de schuur ligt over de regiogrens. De andere regio leest deze reden.',
      true,
    );
    parts.push(
      h(
        'details',
        { open: Boolean(suggested) },
        h('summary', {}, 'Overdragen aan een andere regio'),
        h(
          'p',
          { class: 'utrecht-paragraph' },
          'De melding blijft bij uw regio tot een coördinator van de andere regio haar overneemt. Daarna ziet uw regio haar niet meer.',
        ),
        actionForm(
          null,
          { region, reason },
          'Bied aan',
          () => call(path(), { method: 'POST', body: { region: region.control.value, reason: reason.control.value } }),
          reload,
          'De melding is aangeboden aan de andere regio.',
        ),
      ),
    );
  }
  return parts.length > 0 ? section('Andere regio', parts) : null;
}

/** The signals other regions offered to the caller's, above the work queue; nothing if none. */
export async function offeredSignals() {
  const offered = await call('transfers').catch(() => []);
  if (offered.length === 0) return null;
  return section(
    'Aangeboden door andere regio’s',
    h(
      'ul',
      { class: 'utrecht-unordered-list' },
      offered.map((o) =>
        h(
          'li',
          {},
          h('a', { class: 'utrecht-link utrecht-link--html-a', href: `#/melding/${encodeURIComponent(o.reference)}` }, o.reference),
          ` van ${label(REGION, o.from)}, ${dateTime(o.offeredAt)}: ${o.reason}`,
        ),
      ),
    ),
  );
}

/**
 * What the region's routing rules suggest for the signal and which rule (by its version) does; the
 * forwarding form starts from its partners. Staff may follow it or not: forwarding and offering to
 * another region record which.
 */
export function suggestionSection(suggestion) {
  if (!suggestion?.matched) return null;
  const what = [];
  if (suggestion.partners.length) what.push(h('li', {}, `Doorsturen aan ${suggestion.partners.map((p) => p.name).join(', ')}`));
  if (suggestion.priority) what.push(h('li', {}, `Prioriteit ${label(PRIORITY, suggestion.priority)}`));
  if (suggestion.transferTo) what.push(h('li', {}, `Aanbieden aan ${label(REGION, suggestion.transferTo)}`));
  if (suggestion.text) what.push(h('li', {}, suggestion.text));
  return section(
    'Suggestie',
    h('p', { class: 'utrecht-paragraph' }, `Regel ${suggestion.rule.position}, “${suggestion.rule.name}” (versie ${suggestion.rule.version}), stelt voor:`),
    h('ul', { class: 'utrecht-unordered-list' }, what),
    h('p', { class: 'waakzaam-console-muted' }, 'U kiest zelf; wat u kiest, wordt bij de regel bijgehouden.'),
  );
}
