// The console's only way to the server: the REST API with the staff member's bearer token, which
// Keycloak's adapter refreshes before it runs out. Problems (RFC 9457) come back as ApiProblem.
// Copyright Waakzaam, EUPL-1.2.

let keycloak;

export function useKeycloak(instance) {
  keycloak = instance;
}

/** A problem+json answer: its title and detail in Dutch, and the fields it names. */
export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.title || `Fout ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** The message for one field, by the names the API uses ("/withhold", "assignee"). */
  fieldMessage(name) {
    const violations = this.problem.violations || [];
    const hit = violations.find((v) => v.field === name || v.field === `/${name}`);
    return hit ? hit.message : null;
  }

  /** Everything in one sentence, for a message at the top of a form. */
  describe() {
    return [this.problem.title, this.problem.detail].filter(Boolean).join(' — ');
  }
}

async function token() {
  try {
    await keycloak.updateToken(30);
  } catch (e) {
    await keycloak.login();
  }
  return keycloak.token;
}

/** Calls the API at path (below /api/v1/) and returns the parsed JSON, or null for no content. */
export async function call(path, { method = 'GET', body } = {}) {
  const response = await fetch(`../api/v1/${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${await token()}`,
      Accept: 'application/json',
      'Accept-Language': 'nl',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    throw new ApiProblem(response.status, typeof data === 'object' ? data : { title: `Fout ${response.status}` });
  }
  return data;
}

/** Downloads a file of the API with the token, and hands it to the browser as a download. */
export async function download(path, fallbackName) {
  const response = await fetch(`../api/v1/${path}`, {
    headers: { Authorization: `Bearer ${await token()}` },
  });
  if (!response.ok) {
    const data = await response.json().catch(() => ({ title: `Fout ${response.status}` }));
    throw new ApiProblem(response.status, data);
  }
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename="([^"]+)"/.exec(disposition);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = match ? match[1] : fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
