// A blank 送达回证 to print before service and have the recipient sign: the case's letter and the
// enterprise it goes to come from the case page; the rest is written in by hand.
(function () {
  var params = new URLSearchParams(location.search);
  var ref = params.get('ref') || '';
  var letterId = params.get('letter');
  var esc = Workspace.esc;
  document.getElementById('print').addEventListener('click', function () { window.print(); });
  Workspace.get('/api/workspace/cases/' + encodeURIComponent(ref)).then(function (c) {
    var recipient = '';
    c.sections.forEach(function (s) {
      s.fields.forEach(function (f) { if (f.label === '单位名称' && !recipient) recipient = f.value; });
    });
    // without a choice: the letter most recently issued, the one about to be served (not a receipt itself)
    var chosen = c.letters.filter(function (l) { return letterId ? String(l.id) === letterId : l.title !== '送达回证'; });
    var letter = chosen[chosen.length - 1];
    if (!letter) {
      document.getElementById('receipt').innerHTML = '<p>本案尚未出具需要送达的文书。</p>';
      return;
    }
    var blank = '<span class="blank"></span>';
    document.getElementById('receipt').innerHTML = '<h2>送达回证</h2><table class="form">' +
      '<tr><th>案件编号</th><td class="nowrap">' + esc(c.caseRef) + '</td></tr>' +
      '<tr><th>受送达人</th><td>' + esc(recipient) + '</td></tr>' +
      '<tr><th>送达文书</th><td>' + esc(letter.title) + '（<span class="nowrap">' + esc(letter.number) + '</span>）</td></tr>' +
      '<tr><th>送达地点</th><td>' + blank + '</td></tr>' +
      '<tr><th>送达方式</th><td>□ 直接送达　□ 邮寄送达（挂号信函号码：' + blank + '）　□ 电子送达</td></tr>' +
      '<tr><th>受送达人签收</th><td>' + blank + '</td></tr>' +
      '<tr><th>签收日期</th><td>　　　　年　　月　　日</td></tr>' +
      '<tr><th>送达人</th><td>' + blank + '</td></tr>' +
      '<tr><th>备注</th><td>' + blank + '</td></tr></table>';
  }).catch(function (e) {
    document.getElementById('receipt').innerHTML = '';
    Workspace.fail(e);
  });
})();
