// The application form of apply.html. A file of its own: the pages' content security policy runs no inline script.
WorkRight.submitJson('apply', '/api/public/legal-aid/applications', function (body) {
  return '<p><strong>申请已提交。</strong></p><p>案件编号：<strong>' + WorkRight.esc(body.caseNo) + '</strong></p>' +
    '<p>查询码：<strong>' + WorkRight.esc(body.accessCode) + '</strong>（只显示这一次，请抄录保存）</p>' +
    '<p>状态：' + WorkRight.esc(body.statusLabel) + '。<a href="/status.html">查询进度</a></p>';
});

// A union organisation has no household income, migrant status or employment; it names a contact person.
(function () {
  var kind = document.getElementById('applicantKind');
  function toggle() {
    var organisation = kind.value === 'UNION_ORGANISATION';
    ['personOnly', 'employmentOnly'].forEach(function (id) {
      var part = document.getElementById(id);
      part.hidden = organisation;
      part.disabled = organisation;
    });
    var only = document.getElementById('organisationOnly');
    only.hidden = !organisation;
    only.disabled = !organisation;
  }
  kind.addEventListener('change', toggle);
  toggle();
})();
