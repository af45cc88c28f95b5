// 一企一档 as a page: staff open any enterprise's file (?code=), a representative their own (no code).
(function () {
  var code = new URLSearchParams(location.search).get('code');
  var esc = Workspace.esc;
  var staff = !!code;
  var url = staff ? '/api/enterprises/' + encodeURIComponent(code.replace(/\s+/g, '').toUpperCase()) + '/file'
    : '/api/enterprise/file';
  Workspace.get(url).then(function (f) {
    var e = f.enterprise;
    document.getElementById('title').textContent = '一企一档：' + e.name;
    document.title = e.name + ' 一企一档';
    var basics = '<section><h2>登记信息</h2><dl><dt>统一社会信用代码</dt><dd>' + esc(e.creditCode) + '</dd><dt>住所</dt><dd>' +
      esc(e.address) + '</dd><dt>法定代表人</dt><dd>' + esc(e.legalRepresentative) + '</dd><dt>所在县（市、区）</dt><dd>' +
      esc(e.district) + '</dd><dt>行业</dt><dd>' + esc(e.industry) + '</dd><dt>职工人数</dt><dd>' + esc(e.staffCount) + '</dd></dl></section>';
    var sections = f.sections.map(function (s) {
      var entries = s.entries.length ? '<ul>' + s.entries.map(function (en) {
        // a case with its own page (a contract's filings) opens there, for its representative too
        var page = en.page || (staff ? '/workspace/case.html?ref=' + encodeURIComponent(en.caseRef) : null);
        var ref = page ? '<a href="' + esc(page) + '">' + esc(en.caseRef) + '</a>' : esc(en.caseRef);
        return '<li><span class="nowrap">' + ref + '</span> ' + esc(en.summary) + '（' + esc(en.status) + '，' +
          Workspace.date(en.openedOn) + '）</li>';
      }).join('') + '</ul>' : '<p>无。</p>';
      var letters = s.letters.length ? '<ul>' + s.letters.map(function (l) {
        var link = staff ? '/api/letters/' + l.id + '/html' : '/api/enterprise/letters/' + l.id + '/html';
        return '<li><a href="' + link + '" target="_blank" rel="noopener">' + esc(l.title) + ' <span class="nowrap">' +
          esc(l.number) + '</span></a>（' + Workspace.date(l.issuedAt) + '；<a href="' + link + '?download=true">下载</a>）</li>';
      }).join('') + '</ul>' : '';
      return '<section><h2>' + esc(s.title) + '</h2>' + entries + (letters ? '<h3>文书</h3>' + letters : '') + '</section>';
    }).join('');
    document.getElementById('file').innerHTML = basics + sections;
  }).catch(function (e) {
    document.getElementById('file').innerHTML = '';
    // without a code this page is a representative's own file; staff open a file from a case
    if (!staff && e.message !== 'login') {
      document.getElementById('file').innerHTML = '<p class="result err">本页供企业代表查看本企业的档案。工作人员请在' +
        '<a href="/workspace/">案件工作台</a>中打开案件，再查看该企业的一企一档。</p>';
      return;
    }
    Workspace.fail(e);
  });
})();
