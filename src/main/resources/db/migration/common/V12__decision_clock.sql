-- The 7-day decision runs from receipt of the application (LAL art 43) and leaves out only the time
-- the worker spends supplying missing material: the day a 补充材料通知书 went out while it is
-- outstanding, and the days already left out.
alter table legal_aid_case add column supplement_requested_on date;
alter table legal_aid_case add column decision_paused_days integer default 0 not null;
-- A case already waiting for material when this runs: its clock stands still from the day of its
-- latest 补充材料通知书 (its date in the database session's zone, which for a letter issued in office
-- hours is its China date). Earlier rounds of such a case are not reconstructed.
update legal_aid_case set supplement_requested_on = (
    select cast(max(l.issued_at) as date) from letter l
    where l.case_ref = legal_aid_case.case_no and l.kind = 'legal-aid.supplement')
where status = 'AWAITING_SUPPLEMENT';
