// One case in the workspace: its sections, the open tasks (into Tasklist), every letter, and the timeline.
(function () {
  var ref = new URLSearchParams(location.search).get('ref') || '';
  var esc = Workspace.esc;
  Workspace.get('/api/workspace/cases/' + encodeURIComponent(ref)).then(function (c) {
    document.getElementById('title').textContent = c.process + ' ' + c.caseRef;
    document.title = c.caseRef + ' 案件详情';
    var tasks = c.openTasks.length ? '<ul>' + c.openTasks.map(function (t) {
      return '<li' + (t.overdue ? ' class="overdue"' : '') + '><a href="' + esc(t.link) + '">' + esc(t.name) + '</a>' +
        (t.due ? '，期限至 ' + Workspace.lastDay(t.due) : '') + (t.overdue ? ' <strong>已逾期</strong>' : '') +
        (t.assignee ? '，办理人 ' + esc(t.assignee) : '') + '</li>';
    }).join('') + '</ul>' : '<p>没有待办任务。</p>';
    var letters = c.letters.length ? '<ul>' + c.letters.map(function (l) {
      return '<li><a href="' + esc(l.link) + '" target="_blank" rel="noopener">' + esc(l.title) + ' <span class="nowrap">' +
        esc(l.number) + '</span></a>（' + Workspace.date(l.issuedAt) + '出具，打开后可打印；<a href="' + esc(l.link) +
        '?download=true">下载</a>）</li>';
    }).join('') + '</ul>' : '<p>尚未出具文书。</p>';
    var timeline = c.timeline.length ? '<ol>' + c.timeline.map(function (s) {
      return '<li>' + Workspace.dateTime(s.at) + ' ' + esc(s.name) + (s.by ? '（' + esc(s.by) + '）' : '') + '</li>';
    }).join('') + '</ol>' : '<p>暂无办理记录。</p>';
    // the enterprise's file, where the case names one
    var codes = [];
    c.sections.forEach(function (s) { s.fields.forEach(function (f) { if (f.label === '统一社会信用代码') codes.push(f.value); }); });
    var file = codes.length && c.enterpriseFiles ? '<p><a href="/workspace/enterprise.html?code=' + encodeURIComponent(codes[0]) + '">查看该企业的一企一档</a></p>' : '';
    // the process's own page: its documents and all of the case as the enterprise sees it
    var own = c.page ? '<p><a href="' + esc(c.page) + '">打开本案页面（报送材料等）</a></p>' : '';
    document.getElementById('case').innerHTML = file + own + c.sections.map(Workspace.section).join('') +
      '<section><h2>待办任务</h2>' + tasks + '</section>' +
      '<section><h2>文书</h2>' + letters + '</section>' +
      '<section><h2>办理经过</h2>' + timeline + '</section>';
  }).catch(function (e) {
    document.getElementById('case').innerHTML = '';
    Workspace.fail(e);
  });
})();
