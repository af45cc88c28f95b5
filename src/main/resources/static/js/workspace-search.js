// The case search of /workspace/: filters in the address, so a result list can be bookmarked and paged.
(function () {
  var form = document.getElementById('search');
  var params = new URLSearchParams(location.search);
  var statuses = {};
  ['q', 'from', 'to', 'sort'].forEach(function (k) { if (params.get(k)) form.elements[k].value = params.get(k); });
  form.elements.overdue.checked = params.get('overdue') === 'true';

  function fillStatuses() {
    var select = form.elements.status;
    var chosen = form.elements.process.value;
    select.innerHTML = '<option value="">全部状态</option>';
    Object.keys(statuses).filter(function (m) { return !chosen || m === chosen; }).forEach(function (m) {
      statuses[m].forEach(function (s) {
        select.insertAdjacentHTML('beforeend', '<option value="' + Workspace.esc(s.code) + '">' + Workspace.esc(s.label) + '</option>');
      });
    });
    if (params.get('status')) select.value = params.get('status');
  }

  function show(page) {
    var box = document.getElementById('result');
    if (!page.rows.length) {
      box.innerHTML = page.total > 0 ? '<p>共 ' + page.total + ' 件，本页已超出范围。<a href="?' +
        (function () { var q = new URLSearchParams(location.search); q.set('page', 0); return q.toString(); })() +
        '">回到第一页</a></p>' : '<p>没有符合条件的案件。</p>';
      return;
    }
    var pages = Math.max(1, Math.ceil(page.total / page.size));
    var rows = page.rows.map(function (r) {
      return '<tr' + (r.overdue ? ' class="overdue"' : '') + '><td class="nowrap"><a href="/workspace/case.html?ref=' +
        encodeURIComponent(r.caseRef) + '">' + Workspace.esc(r.caseRef) + '</a></td><td>' + Workspace.esc(r.processName) +
        '</td><td>' + Workspace.esc(r.title) + '</td><td>' + Workspace.esc(r.statusLabel) + '</td><td class="nowrap">' +
        Workspace.date(r.openedAt) + '</td><td class="nowrap">' + (r.dueAt ? Workspace.lastDay(r.dueAt) : '—') +
        (r.overdue ? ' <strong>已逾期</strong>' : '') + '</td></tr>';
    }).join('');
    box.innerHTML = '<p>共 ' + page.total + ' 件，第 ' + (page.page + 1) + ' / ' + pages + ' 页</p>' +
      '<div class="table"><table><thead><tr><th>案件编号</th><th>业务</th><th>案件</th><th>状态</th><th>立案日期</th><th>最近期限</th></tr></thead><tbody>' +
      rows + '</tbody></table></div>' + pager(page.page, pages);
  }

  function pager(current, pages) {
    function link(p, text) {
      var q = new URLSearchParams(location.search); q.set('page', p);
      return '<a href="?' + q.toString() + '">' + text + '</a>';
    }
    return '<p class="pager">' + (current > 0 ? link(current - 1, '上一页') : '') +
      (current + 1 < pages ? ' ' + link(current + 1, '下一页') : '') + '</p>';
  }

  form.elements.process.addEventListener('change', fillStatuses);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var q = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name) return;
      if (el.type === 'checkbox') { if (el.checked) q.set(el.name, 'true'); } else if (el.value) q.set(el.name, el.value.trim());
    });
    location.search = q.toString();
  });

  Workspace.get('/api/workspace/processes').then(function (processes) {
    processes.forEach(function (p) {
      statuses[p.module] = p.statuses;
      form.elements.process.insertAdjacentHTML('beforeend', '<option value="' + Workspace.esc(p.module) + '">' + Workspace.esc(p.title) + '</option>');
    });
    if (params.get('process')) form.elements.process.value = params.get('process');
    fillStatuses();
    var api = new URLSearchParams(location.search);
    return Workspace.get('/api/workspace/cases?' + api.toString()).then(show);
  }).catch(Workspace.fail);
})();
