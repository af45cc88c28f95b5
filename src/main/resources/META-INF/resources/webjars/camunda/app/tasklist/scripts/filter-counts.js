// Tasklist counts the tasks of the filter that is open and no other, so 我组的待办 never says that
// work waits there until it is opened. Each filter's count is asked of the engine (with the user's
// own rights) and shown beside its name; the open filter keeps Tasklist's own count. Counts are
// asked again when the view changes and every half minute, as Tasklist refreshes its list.
import { getJson } from './shared.js';

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

function count() {
  if (counting || !document.querySelector('.task-filters h4 a') || window.location.hash.startsWith('#/login')) {
    return;
  }
  counting = true;
  getJson(FILTERS + '?resourceType=Task&itemCount=false')
    .then((filters) => Promise.all(filters.map((f) => getJson(FILTERS + '/' + encodeURIComponent(f.id) + '/count')
      .then((answer) => [f.name, answer.count], () => [f.name, null]))))
    .then((pairs) => show(Object.fromEntries(pairs.filter(([, n]) => n !== null))))
    .catch(() => {})
    .finally(() => {
      counting = false;
    });
}

let seen = false;
new MutationObserver(() => {
  const present = !!document.querySelector('.task-filters h4 a');
  if (present && !seen) {
    count();
  }
  seen = present;
}).observe(document.documentElement, { childList: true, subtree: true });
window.addEventListener('hashchange', count);
setInterval(count, 30000);
