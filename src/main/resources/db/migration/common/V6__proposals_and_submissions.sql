-- The lawyer currently offered the case: the authority for assignment, whatever a form submits.
alter table legal_aid_case add column proposed_lawyer_id varchar(64);
-- A random key per filled-in public form: a double click is recognised without asking who applied.
alter table legal_aid_case add column submission_key varchar(64);
create unique index ux_legal_aid_case_submission on legal_aid_case (submission_key);
