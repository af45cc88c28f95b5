-- The process instance that handles the case. Claimed once, when the process starts: a second
-- start for the same case (e.g. a start message sent through the engine REST API) is refused.
alter table legal_aid_case add column process_instance_id varchar(64);
alter table supervision_case add column process_instance_id varchar(64);
-- Cases started before this column existed already have their process: mark them claimed.
update legal_aid_case set process_instance_id = 'before-v7' where process_instance_id is null;
update supervision_case set process_instance_id = 'before-v7' where process_instance_id is null;
