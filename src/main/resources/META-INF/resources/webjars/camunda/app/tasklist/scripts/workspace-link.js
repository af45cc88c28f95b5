// Tasklist shows tasks, not cases: its header gets a link to the case workspace (案件工作台), our
// own pages under the same login, beside the application's name. Tasklist builds its header late,
// so the link is added when the header appears.
function addLink() {
  const brand = document.querySelector('[cam-widget-header] a.navbar-brand');
  if (!brand || brand.parentNode.querySelector('.workright-workspace')) {
    return;
  }
  const link = document.createElement('a');
  link.className = 'navbar-brand workright-workspace';
  link.href = '/workspace/';
  link.textContent = '案件工作台';
  brand.insertAdjacentElement('afterend', link);
}

new MutationObserver(addLink).observe(document.documentElement, { childList: true, subtree: true });
addLink();
