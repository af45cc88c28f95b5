// Tasklist's header, fitted to who is logged in.
// - Tasklist shows tasks, not cases: the header gets a link to the case workspace (案件工作台), our
//   own pages under the same login, beside the application's name (本企业档案 for an enterprise).
// - 启动流程 is shown only to those who may start a process (an enterprise representative files
//   collective contracts, and nothing else): an empty dialog would only puzzle. The engine, asked
//   with the user's own rights, says whether any process is startable by them.
// - The other applications in the header's menu carry Camunda's English names: they get Chinese ones.
// Tasklist builds its header late, so all are applied when the header appears.
import { getJson } from './shared.js';

const ENGINE = '/camunda/api/engine/engine/default';
let startable = null;

function addLink() {
  const brand = document.querySelector('[cam-widget-header] a.navbar-brand');
  if (!brand || brand.parentNode.querySelector('.workright-workspace')) {
    return;
  }
  const link = document.createElement('a');
  link.className = 'navbar-brand workright-workspace';
  link.href = '/workspace/';
  link.textContent = '案件工作台';
  brand.insertAdjacentElement('afterend', link);
  fetch('/api/workspace/processes', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((r) => {
      if (r.status === 403) {
        // staff search cases; an enterprise's representative reads the enterprise's own file instead
        link.href = '/workspace/enterprise.html';
        link.textContent = '本企业档案';
      } else if (!r.ok) {
        link.remove(); // not known whose it is yet (a session ending, an error): asked again later
      }
    }, () => link.remove());
}

// Logging out leaves the page as it is: what was learnt of the last user is asked again for the next
window.addEventListener('hashchange', () => {
  if (window.location.hash.startsWith('#/login')) {
    startable = null;
    document.querySelectorAll('.workright-workspace').forEach((link) => link.remove());
  }
});

function fitStartAction() {
  document.querySelectorAll('.start-process-action').forEach((action) => {
    action.classList.toggle('workright-hidden', startable === false);
  });
}

function askStartable() {
  if (startable !== null || !document.querySelector('.start-process-action')) {
    return;
  }
  startable = undefined; // asking
  getJson(ENGINE + '/process-definition/count?latestVersion=true&active=true&startableInTasklist=true'
      + '&startablePermissionCheck=true&notStartableInTasklist=false')
    .then((answer) => {
      startable = answer.count > 0;
      fitStartAction();
    }, () => {
      startable = null; // ask again when the header is built anew (after a login)
    });
}

const APP_NAMES = { Welcome: '个人中心', Cockpit: '流程监控（管理员）', Admin: '系统管理（管理员）', Tasklist: '任务列表' };

function nameApps() {
  document.querySelectorAll('[cam-widget-header] .app-switch .dropdown-menu a').forEach((link) => {
    const zh = APP_NAMES[link.textContent.trim()];
    if (zh) {
      link.textContent = zh;
    }
  });
}

function fitHeader() {
  addLink();
  nameApps();
  askStartable();
  fitStartAction();
}

new MutationObserver(fitHeader).observe(document.documentElement, { childList: true, subtree: true });
fitHeader();
