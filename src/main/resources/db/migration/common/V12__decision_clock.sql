-- The 7-day decision runs from receipt of the application (LAL art 43) and leaves out only the time
-- the worker spends supplying missing material: the day a 补充材料通知书 went out while it is
-- outstanding, and the days already left out.
alter table legal_aid_case add column supplement_requested_on date;
alter table legal_aid_case add column decision_paused_days integer default 0 not null;
