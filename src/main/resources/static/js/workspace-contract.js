// A collective contract's page (?case=): how it stands, each filing with its negotiators and vote, its
// documents and letters; its party uploads the text and scan here while a filing awaits them.
(function () {
  var esc = Workspace.esc;
  var PURPOSES = { TEXT: '集体合同文本', SCAN: '双方首席代表签字的合同文本扫描件', AUTHORIZATION: '法定代表人授权委托书' };

  function row(label, value) {
    return value === null || value === undefined || value === '' ? '' : '<dt>' + esc(label) + '</dt><dd>' + value + '</dd>';
  }

  function render(d) {
    var s = d.summary;
    document.getElementById('title').textContent = s.title;
    document.title = s.title;
    if (d.staff) {
      document.getElementById('file-link').outerHTML = '<a href="/workspace/case.html?ref=' + encodeURIComponent(s.caseNo) + '">案件工作台</a>';
    }
    var html = '<section><h2>合同</h2><dl>' + row('案件编号', esc(s.caseNo)) + row('种类', esc(s.kind)) + row('范围', esc(s.scope)) +
      row('用人单位一方', esc(s.employerParty)) + row('职工一方', esc(s.unionParty)) + row('审查机关所在地', esc(s.district)) +
      row('状态', esc(s.statusLabel) + (s.valid ? '（有效）' : '')) + row('生效日期', Workspace.date(s.effectiveOn)) +
      row('合同期限', s.startsOn ? Workspace.date(s.startsOn) + '至' + Workspace.date(s.endsOn) : '') +
      row('向职工公布', s.publishedOn ? Workspace.date(s.publishedOn) : s.publicationDue ? '应于' + Workspace.date(s.publicationDue) + '前公布' +
        (s.publicationMissed ? '（未按期公布）' : '') : '') +
      row('续订提醒', s.renewalRemindedOn ? '已于' + Workspace.date(s.renewalRemindedOn) + '提醒' : '') +
      row('续订打算', s.renewalIntent ? esc(s.renewalIntent) + (s.renewalNote ? '：' + esc(s.renewalNote) : '') : '') + '</dl></section>';
    if (d.party && s.status === 'DOCUMENTS_PENDING') {
      html += '<section><h2>上传报送材料</h2><p>请上传合同文本和双方首席代表签字的扫描件；' +
        '用人单位一方首席代表由法定代表人书面委托的，还须上传授权委托书。上传完成后回到任务列表，在“上传合同文本和扫描件”任务中点击“完成”。</p>' +
        Workspace.uploadForm(PURPOSES, d.documentMaxBytes) + '</section>';
    }
    html += '<section><h2>报送材料</h2>' + Workspace.documents(d.documents, '/api/contracts/documents/', function (doc) {
      return '第' + doc.version + '次报送';
    }) + '</section>';
    html += '<section><h2>文书</h2>' + Workspace.letters(d.letters) + '</section>';
    if (d.coverage.length > 1 || s.scope.indexOf('区域') >= 0) {
      html += '<section><h2>覆盖企业</h2><ul>' + d.coverage.map(function (c) {
        return '<li>' + esc(c.enterprise) + '（' + esc(c.workers) + '人）</li>';
      }).join('') + '</ul></section>';
    }
    html += d.filings.slice().reverse().map(function (f) {
      return '<section><h2>第' + f.version + '次报送（' + esc(f.reason) + '）</h2><dl>' +
        row('报送日期', Workspace.date(f.filedOn)) + row('签订日期', Workspace.date(f.signedOn)) +
        row('逾期报送', f.lateFiling ? '是，应于' + Workspace.date(f.lastFilingDay) + '前报送' : '') +
        row('收到日期', Workspace.date(f.receivedOn)) + row('审查期限', Workspace.date(f.reviewDue)) +
        row('覆盖职工', esc(f.workersCovered) + '人') +
        row('表决', '全体' + esc(f.voteTotal) + '人，出席' + esc(f.votePresent) + '人，同意' + esc(f.voteInFavour) + '人（' + Workspace.date(f.voteHeldOn) + '）') +
        row('最低月工资', esc(f.lowestMonthlyWage) + '元') + row('每周工作时间', esc(f.weeklyHours) + '小时') +
        row('工资调整幅度', esc(f.wageIncrease)) + row('用人单位首席代表', esc(f.employerChief)) +
        row('协商代表', f.negotiators.map(function (n) {
          return esc(n.name) + '（' + esc(n.side) + (n.chief ? '，首席' : '') + (n.outsider ? '，外聘' : '') + '）';
        }).join('；')) +
        row('同级工会意见', esc(f.unionOpinion)) + row('合法性预审', f.precheck ? esc(f.precheck).replace(/\n/g, '<br>') : '') +
        row('审查结果', esc(f.outcome)) + row('审查意见', esc(f.opinion)) + row('决定日期', Workspace.date(f.decidedOn)) + '</dl></section>';
    }).join('');
    return html;
  }

  Workspace.casePage({
    box: document.getElementById('contract'), pattern: /^CC-\d{4}-\d{5,}$/, invalid: '缺少或无效的集体合同案件编号。',
    url: function (caseNo) { return '/api/contracts/filings/' + encodeURIComponent(caseNo); }, render: render
  });
})();
