// Tasklist counts the tasks of the filter that is open and no other, so 我组的待办 never says that
// work waits there until it is opened. Each filter's count is asked of the engine (with the user's
// own rights) and shown beside its name; the open filter keeps Tasklist's own count. Counts are
// asked again when the filter list appears, after a login and every half minute, as Tasklist
// refreshes its list.
const FILTERS = '/camunda/api/engine/engine/default/filter';
let counting = false;

function show(counts) {
  document.querySelectorAll('.task-filters h4 a').forEach((link) => {
    const name = Array.from(link.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.nodeValue).join('').trim();
    let badge = link.querySelector('.workright-count');
    if (!(name in counts)) {
      return;
    }
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'workright-count';
      link.appendChild(badge);
    }
    const text = '(' + counts[name] + ')';
    if (badge.textContent !== text) {
      badge.textContent = text;
    }
  });
}

// a count asked before a logout must not land on the next user's filters
let generation = 0;

function count() {
  if (counting || !document.querySelector('.task-filters h4 a') || window.location.hash.startsWith('#/login')) {
    return;
  }
  counting = true;
  const asked = generation;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), 10000);
  // one request: the engine counts every filter the user may use, with the user's own rights
  fetch(FILTERS + '?resourceType=Task&itemCount=true', { credentials: 'same-origin', signal: timeout.signal,
    headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
    .then((filters) => {
      if (asked === generation) {
        show(Object.fromEntries(filters.filter((f) => typeof f.itemCount === 'number').map((f) => [f.name, f.itemCount])));
      }
    })
    .catch(() => {})
    .finally(() => {
      clearTimeout(timer);
      counting = false;
    });
}

window.addEventListener('hashchange', () => {
  if (window.location.hash.startsWith('#/login')) {
    generation += 1;
    document.querySelectorAll('.workright-count').forEach((badge) => badge.remove());
  }
});

let seen = false;
new MutationObserver(() => {
  const present = !!document.querySelector('.task-filters h4 a');
  if (present && !seen) {
    count();
  }
  seen = present;
}).observe(document.documentElement, { childList: true, subtree: true });
setInterval(count, 30000);
