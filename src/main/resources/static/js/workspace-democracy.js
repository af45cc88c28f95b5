// A workplace-democracy check's page (?case=): how it stands, each report, the findings, the supporting
// documents and the letters; while a report is awaited the enterprise uploads that report's documents here.
(function () {
  var esc = Workspace.esc;

  function render(d) {
    document.getElementById('title').textContent = d.title;
    document.title = d.title;
    document.getElementById('file-link').href = d.staff
      ? '/workspace/case.html?ref=' + encodeURIComponent(d.caseNo) : '/workspace/enterprise.html';
    document.getElementById('file-link').textContent = d.staff ? '案件工作台' : '一企一档';
    var html = '';
    if (d.uploadFor) {
      var purposes = {};
      d.purposes.forEach(function (p) { purposes[p.code] = p.label; });
      html += '<section><h2>上传' + esc(d.uploadFor) + '的证明材料</h2><p>请在提交报告前上传职代会（职工大会）会议记录和决议、' +
        '规章制度公示或告知的证明、厂务公开栏照片等材料。上传完成后回到任务列表，在报送任务中填写并提交报告。</p>' +
        Workspace.uploadForm(purposes, d.documentMaxBytes) + '</section>';
    }
    // how it stands, then what people come for (the documents and letters), then each report in full
    html += Workspace.section(d.sections[0]);
    html += '<section><h2>证明材料</h2>' + Workspace.documents(d.documents, '/api/democracy/documents/', function (doc) {
      return doc.report;
    }) + '</section>';
    html += '<section><h2>文书</h2>' + Workspace.letters(d.letters) + '</section>';
    html += d.sections.slice(1).filter(function (s) { return s.title !== '报送材料'; }).map(Workspace.section).join('');
    return html;
  }

  Workspace.casePage({
    box: document.getElementById('check'), pattern: /^WD-\d{4}-\d{5,}$/, invalid: '缺少或无效的检查案件编号。',
    url: function (caseNo) { return '/api/democracy/checks/' + encodeURIComponent(caseNo); }, render: render
  });
})();
