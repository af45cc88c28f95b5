/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // the header and the browser tab name the application in Chinese, not "Camunda Tasklist"
  app: {
    name: '任务列表',
    vendor: '职工维权'
  },
  // dates as Chinese write them (2026年1月12日 17:00); due-dates.js shows the long one beside "8 天后"
  dateFormat: {
    normal: 'YYYY年M月D日 HH:mm',
    long: 'YYYY年M月D日 HH:mm'
  },
  locales: {
    availableLocales: ['zh'],
    fallbackLocale: 'zh'
  },
  // Chinese for the texts built into Camunda Forms (form-js has no translations), the workspace link,
  // pickers over the fields that name people or enterprises, what a completion led to, and due days
  customScripts: ['scripts/form-texts-zh', 'scripts/header', 'scripts/pickers', 'scripts/outcomes',
    'scripts/due-dates', 'scripts/filter-counts'],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '焦点移到第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '焦点移到列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“启动流程”对话框'
    }
  }
};
