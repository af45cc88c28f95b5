-- Labour Inspection Regulations art 17: +30 working days only with the department head's approval.
-- Who recorded it and the approval as stated (approver, date, reason) stay with the case.
alter table supervision_case add column inspection_extension_note varchar(2000);
alter table supervision_case add column inspection_extended_by varchar(64);
