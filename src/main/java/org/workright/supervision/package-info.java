/**
 * The labour-law supervision process (ACFTU Labour-Law Supervision Measures 2021 arts 18-23):
 * intake and triage, investigation, the 意见书 and its service, the enterprise's reply, follow-up,
 * and the 建议书 to the labour department with its answer and outcome. Owns the table
 * supervision_case.
 */
package org.workright.supervision;
