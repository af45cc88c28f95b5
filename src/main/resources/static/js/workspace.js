// Shared by the workspace pages: read the staff API with the Tasklist login, in Chinese.
var Workspace = (function () {
  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function date(iso) {
    if (!iso) return '';
    var d = new Date(iso);
    if (isNaN(d)) return esc(iso);
    // China time, whatever the browser's zone
    var china = new Date(d.getTime() + (d.getTimezoneOffset() + 480) * 60000);
    return china.getFullYear() + '年' + (china.getMonth() + 1) + '月' + china.getDate() + '日';
  }
  // a task is due at the midnight that ends its last day: the day people are told is that last day
  function lastDay(iso) {
    if (!iso) return '';
    var d = new Date(iso);
    if (isNaN(d)) return esc(iso);
    return date(new Date(d.getTime() - 1).toISOString());
  }
  function dateTime(iso) {
    if (!iso) return '';
    var d = new Date(iso);
    var china = new Date(d.getTime() + (d.getTimezoneOffset() + 480) * 60000);
    var mm = String(china.getMinutes()).padStart(2, '0');
    return date(iso) + ' ' + china.getHours() + ':' + mm;
  }
  // 401: not logged in (or the session ended) - the Tasklist login is the way in
  function get(url) {
    return fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' }).then(function (r) {
      if (r.status === 401) {
        var box = document.querySelector('main');
        box.innerHTML = '<p class="result err">请先登录。<a href="/camunda/app/tasklist/default/">前往登录</a>，登录后再打开本页。</p>';
        throw new Error('login');
      }
      return r.json().then(function (body) {
        if (!r.ok) throw new Error(body.detail || body.title || '读取失败');
        return body;
      });
    });
  }
  function fail(e) {
    if (e.message === 'login') return;
    document.querySelector('main').insertAdjacentHTML('beforeend',
      '<p class="result err">' + esc(/[\u4e00-\u9fa5]/.test(e.message) ? e.message : '读取失败，请稍后再试') + '</p>');
  }
  // a case page's section: its title and labelled fields
  function section(s) {
    if (!s.fields.length) return '';
    return '<section><h2>' + esc(s.title) + '</h2><dl>' + s.fields.map(function (f) {
      return '<dt>' + esc(f.label) + '</dt><dd>' + esc(f.value) + '</dd>';
    }).join('') + '</dl></section>';
  }
  // a case's supporting documents: each opens inline (PDF, image) or downloads; `group` names what it belongs to
  function documents(docs, base, group) {
    return docs.length ? '<ul>' + docs.map(function (doc) {
      var link = base + doc.id;
      return '<li>' + esc(group(doc)) + '：' + esc(doc.purpose) + ' <a href="' + link + '" target="_blank" rel="noopener">' +
        esc(doc.fileName) + '</a>（' + Math.max(1, Math.round(doc.sizeBytes / 1024)) + ' KB，' + date(doc.uploadedOn) +
        '；<a href="' + link + '?download=true">下载</a>）' + (doc.removable ? ' <button type="button" class="remove" data-remove="' +
        link + '" data-name="' + esc(doc.fileName) + '">删除</button>' : '') + '</li>';
    }).join('') + '</ul>' : '<p>尚未上传。</p>';
  }
  function letters(list) {
    return list.length ? '<ul>' + list.map(function (l) {
      return '<li><a href="' + esc(l.href) + '" target="_blank" rel="noopener">' + esc(l.title) + ' <span class="nowrap">' +
        esc(l.number) + '</span></a>（' + date(l.issuedAt) + '；<a href="' + esc(l.href) + '?download=true">下载</a>）</li>';
    }).join('') + '</ul>' : '<p>尚无文书。</p>';
  }
  // the upload form: purposes as {code: label}; the page calls upload() on its submit
  function uploadForm(purposes, maxBytes) {
    return '<form id="upload"><label>材料类别 <select name="purpose">' + Object.keys(purposes).map(function (k) {
      return '<option value="' + esc(k) + '">' + esc(purposes[k]) + '</option>';
    }).join('') + '</select></label> <label>文件 <input type="file" name="file" accept="application/pdf,image/png,image/jpeg" required></label> ' +
      '<button type="submit">上传</button></form><p class="hint">PDF、PNG或JPEG，每个文件不超过' + Math.floor(maxBytes / 1048576) +
      'MB。</p><p id="upload-result" class="result" aria-live="polite"></p>';
  }
  // the Tasklist login's CSRF token (its cookie belongs to the webapps' path, out of this page's reach)
  function token() {
    return get('/api/session/token').then(function (b) { return b.token; });
  }
  // a change with the Tasklist login: its CSRF token, and the answer's body (or its Chinese error)
  function send(method, url, body) {
    return token().then(function (t) {
      return fetch(url, {
        method: method, body: body, credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': t || '', 'Accept': 'application/json' }
      });
    }).then(function (r) {
      if (r.status === 204) return null;
      return r.json().then(function (answer) {
        if (!r.ok) throw new Error(answer.detail || '操作失败');
        return answer;
      });
    });
  }
  // posts the form's purpose and file to url; resolves with the stored document, or shows the error in Chinese
  function upload(form, url) {
    var result = document.getElementById('upload-result');
    var data = new FormData();
    data.append('purpose', form.purpose.value);
    data.append('file', form.file.files[0]);
    result.className = 'result';
    result.textContent = '正在上传……';
    return send('POST', url, data).catch(function (e) {
      result.className = 'result err';
      result.textContent = /[\u4e00-\u9fa5]/.test(e.message) ? e.message : '上传失败，请稍后再试';
      throw e;
    });
  }
  // a process's own case page (?case=): reads it from url(caseNo), shows what render(d) makes of it,
  // and sends its upload form (if render drew one) to the same address's /documents
  function casePage(o) {
    var caseNo = (new URLSearchParams(location.search).get('case') || '').replace(/\s+/g, '').toUpperCase();
    if (!o.pattern.test(caseNo)) {
      o.box.innerHTML = '<p class="result err">' + esc(o.invalid) + '</p>';
      return;
    }
    function load(notice) {
      get(o.url(caseNo)).then(function (d) {
        o.box.innerHTML = o.render(d);
        if (notice) {
          o.box.insertAdjacentHTML('afterbegin', '<p class="result ok" role="status">' + esc(notice) + '</p>');
        }
        Array.prototype.forEach.call(o.box.querySelectorAll('[data-remove]'), function (button) {
          button.addEventListener('click', function () {
            if (!window.confirm('确定删除“' + button.getAttribute('data-name') + '”吗？')) return;
            send('DELETE', button.getAttribute('data-remove')).then(function () {
              load('已删除：' + button.getAttribute('data-name'));
            }, function (e) {
              o.box.insertAdjacentHTML('afterbegin', '<p class="result err">' + esc(/[\u4e00-\u9fa5]/.test(e.message) ? e.message : '删除失败，请稍后再试') + '</p>');
            });
          });
        });
        var form = document.getElementById('upload');
        if (form) {
          form.addEventListener('submit', function (ev) {
            ev.preventDefault();
            upload(form, o.url(caseNo) + '/documents').then(function (doc) {
              load('已上传：' + doc.purpose + '（' + doc.fileName + '）');
            }, function () { /* shown by the form */ });
          });
        }
      }).catch(fail);
    }
    load();
  }
  return { casePage: casePage, esc: esc, date: date, lastDay: lastDay, dateTime: dateTime, get: get, fail: fail, section: section, documents: documents,
    letters: letters, uploadForm: uploadForm, upload: upload };
})();
