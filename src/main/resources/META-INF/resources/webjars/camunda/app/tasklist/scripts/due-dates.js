// Tasklist shows when a task is due only as a distance ("8 天后"), with the day itself in a tooltip
// that phones and keyboards never see. Statutory deadlines are days: the day is shown beside the
// distance, read from the tooltip Tasklist formats (config.js dateFormat: 2026年12月31日 00:00).
// A deadline's task is due at the midnight that ends its last day, so 00:00 is shown as that day:
// "期限至2026年12月30日", the day the law gives.
const DUE = '[am-time-ago="task.due"]';
const FORMATTED = /^(\d{4})年(\d{1,2})月(\d{1,2})日 (\d{2}):(\d{2})$/;

function chinese(day) {
  return day.getFullYear() + '年' + (day.getMonth() + 1) + '月' + day.getDate() + '日';
}

function lastDay(formatted) {
  const parts = FORMATTED.exec(formatted.trim());
  if (!parts) {
    return '（' + formatted + '）';
  }
  const [, year, month, date, hour, minute] = parts.map(Number);
  if (hour === 0 && minute === 0) {
    return '（期限至' + chinese(new Date(year, month - 1, date - 1)) + '）';
  }
  return '（' + formatted + '前）';
}

function showDays() {
  document.querySelectorAll(DUE).forEach((distance) => {
    const day = distance.getAttribute('uib-tooltip');
    if (!day || day.includes('{{')) {
      return;
    }
    let note = distance.nextElementSibling;
    if (!note || !note.classList.contains('workright-due-day')) {
      note = document.createElement('span');
      note.className = 'workright-due-day';
      distance.insertAdjacentElement('afterend', note);
    }
    const text = lastDay(day);
    if (note.textContent !== text) {
      note.textContent = text;
    }
  });
}

new MutationObserver(showDays).observe(document.documentElement, { childList: true, subtree: true,
  attributes: true, attributeFilter: ['uib-tooltip'] });
showDays();
