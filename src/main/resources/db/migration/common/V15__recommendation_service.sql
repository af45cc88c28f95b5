-- The department's 5 working days run from its receipt of the 建议书 (ACFTU Labour-Law Supervision
-- Measures art 23), recorded like the 意见书's service; the 60 working days of its inspection run
-- from the day it reports opening the case (Labour Inspection Regulations art 17).
alter table supervision_case add column recommendation_received_on date;
alter table supervision_case add column recommendation_receipt_method varchar(32);
alter table supervision_case add column recommendation_recipient varchar(200);
alter table supervision_case add column case_opened_on date;
