-- The worker is told how to reach the lawyer (承办律师告知书), so the roster keeps a phone number.
alter table lawyer add column phone varchar(20);
