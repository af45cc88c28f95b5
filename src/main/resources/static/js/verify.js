// The letter check of verify.html. A file of its own: the pages' content security policy runs no inline script.
WorkRight.submitQuery('verify', '/api/public/letters/verify', function (body) {
  var letter = WorkRight.esc(body.title) + '（' + WorkRight.esc(body.number) + '）';
  // without a hash only the number is checked: "genuine" is absent, not false
  if (body.genuine === undefined) {
    return '<p><strong>文号存在。</strong>' + letter + '由本会于' + WorkRight.esc(WorkRight.date(body.issuedAt)) +
      '出具。请核对纸质文书的标题、文号和日期与此一致；如持有电子文件，可填写其校验值作进一步核验。</p>';
  }
  return body.genuine
    ? '<p><strong>核验通过。</strong>' + letter + '由本会出具，电子文件未被修改。</p>'
    : '<p><strong>文号存在，但电子文件校验值不符</strong>，该文件可能被修改。</p>';
});
