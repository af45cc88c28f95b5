// What the Tasklist scripts share: escaping server text for HTML, and reading our JSON APIs with the
// Tasklist session. Tasklist imports each custom script as an ES module, so they import this one.

/** Text for HTML, in elements and in quoted attributes alike (names are free text). */
export function esc(text) {
  return (text == null ? '' : String(text)).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** GET JSON with the Tasklist session; a refusal or an error rejects with the status. */
export function getJson(url) {
  return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : Promise.reject(r.status)));
}
