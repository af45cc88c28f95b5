// Camunda Forms (form-js) ship their few built-in texts in English only, with no translation hook.
// Tasklist imports this module at start-up (config.js customScripts); it rewrites those texts in
// Chinese wherever a form renders them, including validation messages that appear while typing,
// and drops the English prefix Tasklist puts before our (Chinese) refusals in its notifications.
const SCOPES = '.fjs-container, .page-notifications';
const TEXTS = [
  [/^Cannot (?:submit task form|instantiate process definition) [^:]*:\s*([\s\S]+)$/, '$1'],
  [/^Field is required\.$/, '此项为必填项。'],
  [/^Field must have minimum length of (\d+)\.$/, '至少填写$1个字。'],
  [/^Field must have maximum length of (\d+)\.$/, '最多填写$1个字。'],
  [/^Field must have minimum value of (.+)\.$/, '不能小于$1。'],
  [/^Field must have maximum value of (.+)\.$/, '不能大于$1。'],
  [/^Field must match pattern .*\.$/, '格式不正确，请按说明填写。'],
  [/^Field must be a valid email\.$/, '请填写有效的电子邮箱地址。'],
  [/^Field must be a valid\s+international phone number\..*$/, '请填写有效的电话号码（含国家代码，如 +86）。'],
  [/^Select$/, '请选择'],
  [/^Search$/, '搜索'],
  [/^No results$/, '无匹配结果'],
  [/^Date$/, '日期'],
  [/^Time$/, '时间']
];

function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, zh] of TEXTS) {
    if (pattern.test(trimmed)) {
      return text.replace(trimmed, trimmed.replace(pattern, zh));
    }
  }
  return null;
}

function translateWithin(root) {
  if (!root || !root.querySelectorAll) {
    return;
  }
  const forms = root.closest && root.closest(SCOPES) ? [root] : root.querySelectorAll(SCOPES);
  forms.forEach((form) => {
    const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const zh = translate(node.nodeValue);
      if (zh !== null) {
        node.nodeValue = zh;
      }
    }
    form.querySelectorAll('[placeholder]').forEach((input) => {
      const zh = translate(input.getAttribute('placeholder'));
      if (zh !== null) {
        input.setAttribute('placeholder', zh);
      }
    });
  });
}

// A letter or a draft opened from a form opens beside the task, which stays as it was (Camunda
// Forms' text links have no target of their own).
function lettersBeside(root) {
  if (root && root.querySelectorAll) {
    root.querySelectorAll('.fjs-container a[href^="/api/"]:not([target])').forEach((link) => {
      link.target = '_blank';
      link.rel = 'noopener';
    });
  }
}

new MutationObserver((mutations) => {
  for (const m of mutations) {
    translateWithin(m.type === 'characterData' ? m.target.parentElement : m.target);
    lettersBeside(m.target.parentElement || m.target);
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true,
  attributes: true, attributeFilter: ['placeholder'] });

// The date picker of Camunda Forms (flatpickr) has English month and day names and starts weeks on
// Sunday, with no setting for it in Tasklist. Each picker keeps its instance on its input, where it
// takes a locale: Chinese names, weeks from Monday, as calendars here are printed.
const CALENDAR_ZH = {
  weekdays: {
    shorthand: ['日', '一', '二', '三', '四', '五', '六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: {
    shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换 12/24 小时时制',
  time_24hr: true
};

function chineseCalendars() {
  document.querySelectorAll('.fjs-container input').forEach((input) => {
    const picker = input._flatpickr;
    if (picker && !picker.workrightChinese) {
      picker.workrightChinese = true;
      picker.set('locale', CALENDAR_ZH);
    }
  });
}

new MutationObserver(chineseCalendars).observe(document.documentElement, { childList: true, subtree: true });
