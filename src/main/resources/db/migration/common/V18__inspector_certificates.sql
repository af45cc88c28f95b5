-- ACFTU Labour-Law Supervision Measures art 18: inspectors investigate with their 监督证 (supervision
-- certificate); each investigation records who took part, with their certificate numbers.
create table inspector_certificate (
    user_id        varchar(64)  primary key,
    certificate_no varchar(64)  not null unique,
    valid_until    date
);
alter table supervision_case add column inspector_certificates varchar(4000);
