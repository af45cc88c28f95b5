// The application form of apply.html. A file of its own: the pages' content security policy runs no inline script.
WorkRight.submitJson('apply', '/api/public/legal-aid/applications', function (body) {
  var esc = WorkRight.esc;
  var office = body.office || {};
  // the receipt (受理回执) is what the worker keeps: print it, or copy the number and code
  setTimeout(function () {
    document.getElementById('printReceipt').addEventListener('click', function () { window.print(); });
    document.getElementById('copyCode').addEventListener('click', function (e) {
      WorkRight.copy(e.target, '案件编号：' + body.caseNo + '，查询码：' + body.accessCode);
    });
    document.getElementById('apply').querySelectorAll('input, select, textarea').forEach(function (el) { el.disabled = true; });
  }, 0);
  return '<section id="receipt" class="receipt"><h2>受理回执</h2>' +
    '<p><strong>申请已提交。</strong>请保存案件编号和查询码，凭此查询办理进度、查看文书。</p>' +
    '<p>案件编号：<strong class="nowrap">' + esc(body.caseNo) + '</strong></p>' +
    '<p>查询码：<strong class="nowrap">' + esc(body.accessCode) + '</strong>（只显示这一次，请抄录、打印或复制保存）</p>' +
    '<p>提交日期：' + WorkRight.date(body.submittedAt) + '</p>' +
    '<p>当前状态：' + esc(body.statusLabel) + '</p>' +
    '<p>受理机构：' + esc(office.name) + '<br>地址：' + esc(office.address) + '<br>电话：' + esc(office.phone) + '</p>' +
    '<p class="noprint"><button type="button" id="printReceipt">打印回执</button> ' +
    '<button type="button" id="copyCode">复制编号和查询码</button> <a href="/status.html">查询进度</a></p></section>';
}, true);

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
