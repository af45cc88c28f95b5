// People and enterprises are picked from lists, not typed as ids. Camunda Forms in Tasklist 7.24 take
// dynamic options only from JSON variables of a task (start forms get no variables at all), so the
// forms keep a plain text field, which the engine checks as before, and this module puts a picker
// over it: the inspectors' roster by name for an investigation's team, a search of the register by
// name or credit code for an enterprise. The picker writes the ids into the field as a person would
// type them, so Camunda Forms validates and submits them unchanged.
import { esc, getJson } from './shared.js';

const PICKERS = [
  { field: 'Field_inspectors', build: inspectorPicker },
  // the enterprise a supervision case is against must be on the register: picked only
  { field: 'Field_creditCode', build: (input, box) => enterprisePicker(input, box, true) },
  // a worker's employer may be anywhere: picked when registered, typed from the licence otherwise
  { field: 'Field_employerCreditCode', build: (input, box) => enterprisePicker(input, box, false) }
];

/**
 * Sets a Camunda Forms field as typing would: its own input handler updates the form's state. The
 * form debounces typing and keeps only the last change, so the change is committed at once, as
 * leaving the field does.
 */
function fill(input, value) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new FocusEvent('blur'));
  input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

function inspectorPicker(input, box) {
  const chosen = () => input.value.split(/[,，、\s]+/).filter(Boolean);
  input.closest('.fjs-input-group').hidden = true;
  box.innerHTML = '<p class="workright-picker-wait">正在读取监督员名册……</p>';
  getJson('/api/supervision/inspectors').then((roster) => {
    box.innerHTML = '<fieldset><legend>勾选参加调查的监督员</legend>' + roster.map((p) =>
      '<label class="workright-pick' + (p.certified ? '' : ' disabled') + '">' +
      '<input type="checkbox" value="' + esc(p.id) + '"' + (p.certified ? '' : ' disabled') +
      (p.certified && chosen().includes(p.id) ? ' checked' : '') + '> ' + esc(p.name) +
      ' <small>' + (p.certified ? '监督证有效' + (p.certificateNo ? ' ' + esc(p.certificateNo) : '')
        : '无有效监督证，不能参加调查') +
      '</small></label>').join('') + '</fieldset>';
    box.addEventListener('change', () => {
      fill(input, Array.from(box.querySelectorAll('input:checked:not(:disabled)')).map((c) => c.value).join(', '));
    });
  }, () => {
    // no roster (no right to read it, or offline): the field stays as the form has it
    input.closest('.fjs-input-group').hidden = false;
    box.remove();
  });
}

function enterprisePicker(input, box, registeredOnly) {
  if (registeredOnly) {
    input.readOnly = true;
    input.placeholder = '请在上方查找并选择企业';
  }
  box.innerHTML = '<label class="workright-search">查找企业 <input type="search" autocomplete="off"' +
    ' placeholder="输入企业名称的一部分或信用代码"></label><ul class="workright-results"></ul>' +
    '<p class="workright-chosen"></p>';
  const search = box.querySelector('input');
  const results = box.querySelector('ul');
  const chosen = box.querySelector('.workright-chosen');
  input.closest('.fjs-form-field').insertBefore(box, input.closest('.fjs-input-group'));
  let timer = null;
  let asked = '';
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const q = search.value.trim();
      asked = q;
      if (!q) {
        results.innerHTML = '';
        return;
      }
      getJson('/api/enterprises?limit=10&q=' + encodeURIComponent(q)).then((list) => {
        if (asked !== q) {
          return; // a later search is on its way
        }
        results.innerHTML = list.length ? list.map((e) => '<li><button type="button" data-code="' +
          esc(e.creditCode) + '" data-name="' + esc(e.name) + '">' + esc(e.name) + ' <small>' + esc(e.district) +
          ' · ' + esc(e.creditCode) + '</small></button></li>').join('')
          : '<li class="none">' + (registeredOnly ? '企业档案中没有找到，请先在企业名录中登记该单位'
            : '企业档案中没有找到，可直接在下方填写营业执照上的代码') + '</li>';
      }, () => {
        // no search (offline, or no right to it): the code can be typed from the licence meanwhile
        input.readOnly = false;
        results.innerHTML = '<li class="none">暂时无法查找企业，可直接填写统一社会信用代码</li>';
      });
    }, 250);
  });
  results.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-code]');
    if (button) {
      fill(input, button.dataset.code);
      chosen.textContent = '已选：' + button.dataset.name;
      results.innerHTML = '';
      search.value = '';
    }
  });
}

function enhance() {
  for (const picker of PICKERS) {
    document.querySelectorAll('input[id$="-' + picker.field + '"]:not([data-workright-picker])').forEach((input) => {
      if (input.disabled || !input.closest('.fjs-input-group')) {
        return; // shown for reading only
      }
      input.setAttribute('data-workright-picker', picker.field);
      const box = document.createElement('div');
      box.className = 'workright-picker';
      input.closest('.fjs-input-group').insertAdjacentElement('afterend', box);
      picker.build(input, box);
    });
  }
}

new MutationObserver(enhance).observe(document.documentElement, { childList: true, subtree: true });
enhance();
