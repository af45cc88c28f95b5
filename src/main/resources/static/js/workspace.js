// Shared by the workspace pages: read the staff API with the Tasklist login, in Chinese.
var Workspace = (function () {
  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function date(iso) {
    if (!iso) return '';
    var d = new Date(iso);
    if (isNaN(d)) return esc(iso);
    // China time, whatever the browser's zone
    var china = new Date(d.getTime() + (d.getTimezoneOffset() + 480) * 60000);
    return china.getFullYear() + '年' + (china.getMonth() + 1) + '月' + china.getDate() + '日';
  }
  // a task is due at the midnight that ends its last day: the day people are told is that last day
  function lastDay(iso) {
    if (!iso) return '';
    var d = new Date(iso);
    if (isNaN(d)) return esc(iso);
    return date(new Date(d.getTime() - 1).toISOString());
  }
  function dateTime(iso) {
    if (!iso) return '';
    var d = new Date(iso);
    var china = new Date(d.getTime() + (d.getTimezoneOffset() + 480) * 60000);
    var mm = String(china.getMinutes()).padStart(2, '0');
    return date(iso) + ' ' + china.getHours() + ':' + mm;
  }
  // 401: not logged in (or the session ended) - the Tasklist login is the way in
  function get(url) {
    return fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' }).then(function (r) {
      if (r.status === 401) {
        var box = document.querySelector('main');
        box.innerHTML = '<p class="result err">请先登录。<a href="/camunda/app/tasklist/default/">前往登录</a>，登录后再打开本页。</p>';
        throw new Error('login');
      }
      return r.json().then(function (body) {
        if (!r.ok) throw new Error(body.detail || body.title || '读取失败');
        return body;
      });
    });
  }
  function fail(e) {
    if (e.message === 'login') return;
    document.querySelector('main').insertAdjacentHTML('beforeend',
      '<p class="result err">' + esc(/[\u4e00-\u9fa5]/.test(e.message) ? e.message : '读取失败，请稍后再试') + '</p>');
  }
  return { esc: esc, date: date, lastDay: lastDay, dateTime: dateTime, get: get, fail: fail };
})();
