// The staff console: log in with Keycloak (authorization code with PKCE), then show the view the
// address asks for. The token goes to the API as bearer and never into storage: a reload logs in
// again through Keycloak's session. Copyright Waakzaam, EUPL-1.2.

import Keycloak from './vendor/keycloak.js';
import { ApiProblem, useKeycloak } from './api.js';
import { h, replace } from './dom.js';
import { REGION, label } from './labels.js';
import { showAccessRequests, showGrantedSignal } from './access.js';
import { showAudit } from './audit.js';
import { showQueue } from './queue.js';
import { listenForKeys } from './keys.js';
import { showRules } from './rules.js';
import { showForwardingFigures, showNationalFigures } from './effect.js';
import { showFigures } from './figures.js';
import { showInbox, showPackage } from './packages.js';
import { showServiceLevels, showTexts } from './region.js';
import { showSignal } from './signal.js';

const main = document.getElementById('inhoud-console');

const ROUTE = 'waakzaam-console-route';

async function start() {
  // The view asked for survives the trip to Keycloak, whose return address has no fragment.
  if (!new URLSearchParams(location.search).has('code')) {
    sessionStorage.setItem(ROUTE, location.hash);
  }
  const config = await (await fetch('config.json')).json();
  const keycloak = new Keycloak({ url: config.url, realm: config.realm, clientId: config.clientId });
  const authenticated = await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    responseMode: 'query',
    redirectUri: new URL('.', location.href).href,
  });
  if (!authenticated) return;
  const wanted = sessionStorage.getItem(ROUTE);
  sessionStorage.removeItem(ROUTE);
  if (wanted && !location.hash) {
    history.replaceState(null, '', wanted);
  }
  useKeycloak(keycloak);
  const session = sessionOf(keycloak);
  navigation(session, keycloak);
  listenForKeys();
  window.addEventListener('hashchange', () => route(session));
  await route(session);
}

/** Who is logged in, from the access token: user name, permissions and regions. */
function sessionOf(keycloak) {
  const token = keycloak.tokenParsed || {};
  const groups = token.groups || [];
  const regions = groups.filter((g) => g.startsWith('/regions/')).map((g) => g.substring('/regions/'.length));
  return {
    username: token.preferred_username,
    name: [token.given_name, token.family_name].filter(Boolean).join(' ') || token.preferred_username,
    regions,
    regionNames: regions.map((r) => label(REGION, r)).join(', ') || 'geen regio',
    organisations: groups.filter((g) => g.startsWith('/partners/')).map((g) => g.substring('/partners/'.length)),
    may: (permission) => groups.includes(permission),
  };
}

function navigation(session, keycloak) {
  const links = session.may('signal:read') ? [['#/', 'Werkvoorraad']] : [];
  if (session.may('package:read')) links.push(['#/inbox', 'Ontvangen meldingen']);
  if (session.may('stats:read')) links.push(['#/termijnen', 'Termijnen'], ['#/cijfers', 'Sectorcijfers'], ['#/doorstuurcijfers', 'Doorstuurcijfers']);
  if (session.may('stats:national')) links.push(['#/landelijk', 'Landelijke doorstuurcijfers']);
  if (session.may('signal:triage')) links.push(['#/teksten', 'Standaardteksten']);
  if (session.may('routing:manage')) links.push(['#/regels', 'Routeringsregels']);
  if (session.may('signal:share')) links.push(['#/toegang', 'Toegangsverzoeken']);
  if (session.may('audit:read')) links.push(['#/audit', 'Auditspoor']);
  replace(
    document.getElementById('console-navigatie'),
    h('ul', { class: 'waakzaam-console-nav' },
      links.map(([href, text]) => h('li', {}, h('a', { class: 'utrecht-link utrecht-link--html-a', href }, text)))),
    h('p', { class: 'waakzaam-console-user' },
      `Ingelogd als ${session.name} `,
      h('span', { class: 'waakzaam-console-keys-hint' }, 'Toets ? voor sneltoetsen. '),
      h('button', { type: 'button', class: 'utrecht-button utrecht-button--subtle', onClick: () => keycloak.logout({ redirectUri: location.href.split('#')[0] }) }, 'Uitloggen')),
  );
}

async function route(session) {
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query || '');
  try {
    if (session.may('package:read') && !session.may('signal:read')) {
      const item = /^\/inbox\/([^/]+)$/.exec(path || '');
      if (item) await showPackage(main, decodeURIComponent(item[1]));
      else await showInbox(main);
      return;
    }
    if (path === '/landelijk' || (!session.may('signal:read') && session.may('stats:national'))) {
      if (session.may('stats:national')) {
        await showNationalFigures(main, params);
        return;
      }
    }
    if (path === '/audit' || (!session.may('signal:read') && session.may('audit:read'))) {
      await showAudit(main, params);
      return;
    }
    if (!session.may('signal:read')) {
      replace(main, h('h1', { class: 'utrecht-heading-1', tabindex: '-1' }, 'Geen toegang'),
        h('p', { class: 'utrecht-paragraph' }, 'Uw account mag geen meldingen lezen.'));
      return;
    }
    const signal = /^\/melding\/(.+)$/.exec(path || '');
    if (signal) await showSignal(main, decodeURIComponent(signal[1]), session);
    else if (path === '/termijnen') await showServiceLevels(main, params, session);
    else if (path === '/cijfers') await showFigures(main, params);
    else if (path === '/doorstuurcijfers' && session.may('stats:read')) await showForwardingFigures(main, params, session);
    else if (path === '/teksten') await showTexts(main, params, session);
    else if (path === '/regels' && session.may('routing:manage')) await showRules(main, params, session);
    else if (path === '/toegang' && session.may('signal:share')) await showAccessRequests(main, session);
    else if (/^\/toegang\/[^/]+\/[^/]+$/.test(path) && session.may('signal:share')) {
      const [, , id, reference] = path.split('/');
      await showGrantedSignal(main, decodeURIComponent(id), decodeURIComponent(reference));
    }
    else await showQueue(main, params, session);
  } catch (e) {
    replace(
      main,
      h('h1', { class: 'utrecht-heading-1', tabindex: '-1' }, 'Dat lukte niet'),
      h('p', { class: 'utrecht-alert utrecht-alert--error', role: 'alert' }, e instanceof ApiProblem ? e.describe() : 'De server gaf geen antwoord. Probeer het opnieuw.'),
      h('p', {}, h('a', { class: 'utrecht-link utrecht-link--html-a', href: '#/' }, 'Naar de werkvoorraad')),
    );
    main.querySelector('h1').focus();
  }
}

start().catch(() => {
  replace(main, h('h1', { class: 'utrecht-heading-1' }, 'Inloggen lukte niet'),
    h('p', { class: 'utrecht-paragraph' }, 'De inlogdienst is niet bereikbaar. Probeer het later opnieuw.'));
});
