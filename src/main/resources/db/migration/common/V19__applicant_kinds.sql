-- Union legal aid is for workers, union officers and union organisations (ACFTU Union Legal Aid
-- Measures 2008). An organisation is identified by its unified social credit code (also 18
-- characters, kept in applicant_id_number), acts through a contact person and has no household
-- income to test.
alter table legal_aid_case add column applicant_kind varchar(20) default 'WORKER' not null;
alter table legal_aid_case add column contact_person varchar(100);
alter table legal_aid_case alter column per_capita_income drop not null;
