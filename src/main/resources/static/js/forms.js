// Small helpers for the public pages: send a form as JSON, show the answer or the problem+json errors.
var WorkRight = (function () {
  // one key per filled-in form: the server recognises a repeated submission without asking who applied
  var submissionKey = window.crypto && crypto.randomUUID ? crypto.randomUUID()
    : String(Date.now()) + '-' + Math.random().toString(36).slice(2);
  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function values(form) {
    var data = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      // a disabled part of the form (e.g. a person's fields for an organisation) is not sent
      if (!el.name || el.matches(':disabled')) return;
      if (el.type === 'checkbox') data[el.name] = el.checked;
      else if (el.value !== '') data[el.name] = el.type === 'number' ? Number(el.value) : el.value.trim();
    });
    return data;
  }
  function show(ok, html) {
    var box = document.getElementById('result');
    box.className = 'result ' + (ok ? 'ok' : 'err');
    box.innerHTML = html;
  }
  // messages are bilingual for API users ("中文 English"); the pages show the Chinese part
  function chinese(text) {
    return String(text).replace(/\s*[A-Za-z][A-Za-z ,.'()-]*$/, '') || String(text);
  }
  function date(iso) {
    // a day ("2026-01-05") is a China day: read its parts, not as UTC midnight in the browser's zone
    var day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
    if (day) return Number(day[1]) + '年' + Number(day[2]) + '月' + Number(day[3]) + '日';
    var d = new Date(iso);
    if (isNaN(d)) return String(iso);
    // an instant is shown on its China day, whatever the phone's own zone
    var china = new Date(d.getTime() + (d.getTimezoneOffset() + 480) * 60000);
    return china.getFullYear() + '年' + (china.getMonth() + 1) + '月' + china.getDate() + '日';
  }
  function problem(body) {
    var items = (body.errors || []).map(function (e) {
      var label = document.querySelector('label[for="' + e.field + '"]');
      return '<li>' + esc(label ? label.textContent.replace(' *', '') : e.field) + '：' + esc(chinese(e.message)) + '</li>';
    }).join('');
    // with field errors the list says it all; otherwise the detail
    var detail = chinese(body.detail || body.title || '提交失败');
    return items ? '<p><strong>请修改以下内容：</strong></p><ul>' + items + '</ul>' : '<p><strong>' + esc(detail) + '</strong></p>';
  }
  function handle(render) {
    return function (response) {
      return response.json().then(function (body) { show(response.ok, response.ok ? render(body) : problem(body)); });
    };
  }
  function failed() { show(false, '<p>网络错误，请稍后再试。</p>'); }
  return {
    esc: esc,
    date: date,
    /** Copies the text, and says so on the button. */
    copy: function (button, text) {
      var done = function () { button.textContent = '已复制'; };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () { window.prompt('请复制以下内容：', text); });
      } else {
        window.prompt('请复制以下内容：', text);
      }
    },
    /**
     * Sends the form as JSON. With {@code once}, a form that went through stays sent: its button is
     * not given back, so nothing can be submitted twice, and the answer is brought into view.
     */
    submitJson: function (formId, url, render, once) {
      var form = document.getElementById(formId);
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var button = form.querySelector('button[type=submit]');
        if (button.disabled) return;  // a double click must not submit twice
        button.disabled = true;
        var sent = false;
        fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submissionKey },
            body: JSON.stringify(values(form)) })
          .then(function (response) { sent = response.ok; return handle(render)(response); })
          .catch(failed)
          .then(function () {
            document.getElementById('result').scrollIntoView({ block: 'start' });
            if (once && sent) { button.textContent = '已提交'; } else { button.disabled = false; }
          });
      });
    },
    submitQuery: function (formId, url, render) {
      var form = document.getElementById(formId);
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        fetch(url + '?' + new URLSearchParams(values(form))).then(handle(render)).catch(failed);
      });
    }
  };
})();
