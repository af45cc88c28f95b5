-- LAL art 42: groups whose means are not checked, as the applicant declares and shows.
alter table legal_aid_case add column means_test_exemption varchar(32) default 'NONE' not null;
