// The status check of status.html. A file of its own: the pages' content security policy runs no inline script.
WorkRight.submitJson('status', '/api/public/legal-aid/status', function (body) {
  // each letter opens in its own tab by a form POST, so the access code stays out of URLs and history
  var code = document.getElementById('accessCode').value.trim();
  var letters = (body.letters || []).map(function (l) {
    return '<li><form method="post" action="/api/public/legal-aid/letters" target="_blank">' +
      '<input type="hidden" name="caseNo" value="' + WorkRight.esc(body.caseNo) + '">' +
      '<input type="hidden" name="accessCode" value="' + WorkRight.esc(code) + '">' +
      '<input type="hidden" name="letterId" value="' + WorkRight.esc(l.id) + '">' +
      WorkRight.esc(l.title) + '（' + WorkRight.esc(l.number) + '） <button type="submit">查看、打印</button></form></li>';
  }).join('');
  var stages = (body.stages || []).map(function (s) {
    return '<li>' + WorkRight.date(s.occurredOn) + ' ' + WorkRight.esc(s.stage) + '</li>';
  }).join('');
  var office = body.office || {};
  return '<p>案件编号：' + WorkRight.esc(body.caseNo) + '</p><p>案由：' + WorkRight.esc(body.claimType) + '</p>' +
    '<p>申请日期：' + WorkRight.date(body.submittedAt) + '</p>' +
    '<p>当前状态：<strong>' + WorkRight.esc(body.statusLabel) + '</strong></p>' +
    (body.decisionDue ? '<p>' + WorkRight.esc(body.decisionDue) + '</p>' : '') +
    (body.lawyer ? '<p>承办律师：' + WorkRight.esc(body.lawyer) + '</p>' : '') +
    (stages ? '<p>办理进展：</p><ul>' + stages + '</ul>' : '') +
    (letters ? '<p>已向你出具的文书：</p><ul>' + letters + '</ul>' : '') +
    '<p>如有疑问，请联系' + WorkRight.esc(office.name) + '（地址：' + WorkRight.esc(office.address) + '，电话：' +
    WorkRight.esc(office.phone) + '）。</p>';
});
