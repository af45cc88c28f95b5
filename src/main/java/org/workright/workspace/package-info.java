/**
 * 案件工作台: the staff's case workspace. Finds cases across the processes (each contributes its
 * search and its case page through {@link org.workright.casework.CaseSearch.Source}), and shows a case
 * with its timeline, open tasks and letters. Owns no table; reads the engine's history and tasks.
 */
package org.workright.workspace;
