/**
 * 工会法律援助: the legal-aid process. Owns the tables legal_aid_case, legal_aid_decline,
 * legal_aid_stage, lawyer and lawyer_conflict, the REST endpoints under /api/legal-aid and
 * /api/public/legal-aid, the delegates of processes/legal-aid-request.bpmn and its rules.
 * Other packages reach it only through {@link org.workright.legalaid.LegalAidIntake}.
 */
package org.workright.legalaid;
