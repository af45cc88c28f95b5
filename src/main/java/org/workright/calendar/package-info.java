/**
 * The statutory clock: which days count as working days under the State Council holiday notices
 * (plus optional county overlays), and how "X日" / "X个工作日" deadlines are computed from them.
 * Holiday schedules are data under {@code calendar/} on the class path, never code.
 */
package org.workright.calendar;
