-- Four eyes on the 意见书: whoever drafted it may not also approve it.
alter table supervision_case add column notice_drafted_by varchar(64);
