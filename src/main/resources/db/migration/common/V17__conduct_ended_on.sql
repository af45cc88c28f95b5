-- Labour Inspection Regulations art 20: the department no longer investigates conduct it did not
-- learn of within two years, counted from the day a continuing breach ended; recorded at triage.
alter table supervision_case add column conduct_ended_on date;
