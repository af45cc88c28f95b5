-- The 意见书 sets its own correction period (整改期限), in days from service, beside the written
-- reply's 15 working days; the day it ends is fixed when the notice is served.
alter table supervision_case add column correction_days integer;
alter table supervision_case add column correction_due date;
