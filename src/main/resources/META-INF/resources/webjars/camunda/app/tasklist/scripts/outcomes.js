// After 完成 or 启动流程 Tasklist only says that it worked. People need what it led to: the case
// number of what they just registered, and the letter their step issued (已出具给予法律援助决定书
// 昆工法援〔2026〕第0012号), to open and print. Tasklist talks to the engine through XMLHttpRequest;
// this module watches for a successful completion or start and asks the workspace what came of it
// (the answer is only for the person who took the step). The notice stays until it is closed.
import { esc, getJson } from './shared.js';

const COMPLETION = /\/task\/([^/?#]+)\/(?:submit-form|complete)(?:[?#]|$)/;
const START = /\/process-definition\/[^?#]+\/(?:submit-form|start)(?:[?#]|$)/;

function show(outcome, started) {
  if (!outcome.caseRef && !outcome.letters.length) {
    return;
  }
  let box = document.querySelector('.workright-outcome');
  if (!box) {
    box = document.createElement('div');
    box.className = 'workright-outcome';
    box.setAttribute('role', 'status');
    document.body.appendChild(box);
  }
  const what = started ? '已登记，案件编号 ' : '已办理“' + esc(outcome.step) + '”，案件编号 ';
  const letters = outcome.letters.map((l) => '<li>已出具' + esc(l.title) + ' <a target="_blank" rel="noopener" href="' +
    esc(l.link) + '">' + esc(l.number) + '</a></li>').join('');
  box.innerHTML = '<button type="button" class="close" aria-label="关闭">×</button><p>' + what +
    (outcome.caseLink ? '<a href="' + esc(outcome.caseLink) + '">' + esc(outcome.caseRef) + '</a>' : esc(outcome.caseRef)) +
    '</p>' + (letters ? '<ul>' + letters + '</ul>' : '');
  box.querySelector('.close').addEventListener('click', () => box.remove());
}

// Logging out leaves the page as it is: the next person to log in here must not read this one's result.
window.addEventListener('hashchange', () => {
  if (window.location.hash.startsWith('#/login')) {
    const box = document.querySelector('.workright-outcome');
    if (box) {
      box.remove();
    }
  }
});

function ask(query, started) {
  getJson('/api/workspace/outcome?' + query).then((outcome) => show(outcome, started), () => {});
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url) {
  this.workrightRequest = { method: String(method).toUpperCase(), url: String(url) };
  return open.apply(this, arguments);
};

const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function () {
  const request = this.workrightRequest;
  if (request && request.method === 'POST') {
    const task = request.url.match(COMPLETION);
    if (task || START.test(request.url)) {
      this.addEventListener('load', () => {
        if (this.status >= 300) {
          return;
        }
        if (task) {
          ask('task=' + encodeURIComponent(decodeURIComponent(task[1])), false);
        } else {
          try {
            ask('processInstance=' + encodeURIComponent(JSON.parse(this.responseText).id), true);
          } catch (e) {
            // no instance in the answer: nothing to say
          }
        }
      });
    }
  }
  return send.apply(this, arguments);
};
