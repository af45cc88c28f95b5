-- The enterprise register (一企一档), keyed by the unified social credit code.
create table enterprise (
    credit_code          char(18)     primary key,
    name                 varchar(200) not null,
    address              varchar(300) not null,
    legal_representative varchar(100) not null,
    district             varchar(100) not null,
    industry             varchar(100) not null,
    state_owned          boolean      not null,
    staff_count          integer      not null,
    union_status         varchar(32)  not null,
    registered_at        timestamp with time zone not null
);
create index ix_enterprise_name on enterprise (name);

-- An enterprise user represents exactly one enterprise (the primary key makes it one).
create table enterprise_user (
    user_id     varchar(64) primary key,
    credit_code char(18)    not null references enterprise (credit_code)
);
