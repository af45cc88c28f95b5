-- Collective-contract filing (集体合同报送审查). One case per contract; each filing of it (the first,
-- a re-filing after an objection, an amendment under art 42 of the Collective Contract Provisions)
-- is a version, kept with its vote, negotiators, documents, the union's opinion and the review's outcome.
create table collective_contract (
    case_no             varchar(32)   primary key,
    -- ENTERPRISE: one enterprise's contract; REGIONAL: an industry-wide or regional one (covers listed enterprises)
    scope               varchar(16)   not null,
    kind                varchar(16)   not null,
    -- the filing enterprise; a regional contract is filed by its union and names no one enterprise
    credit_code         char(18)      references enterprise (credit_code),
    title               varchar(200)  not null,
    employer_party      varchar(200)  not null,
    employer_address    varchar(300)  not null,
    union_party         varchar(200)  not null,
    union_address       varchar(300)  not null,
    -- the county or district whose labour bureau reviews it (where the enterprise is registered)
    district_code       varchar(6)    not null,
    status              varchar(32)   not null,
    version             integer       not null,
    -- the term of the version in force, for the figures (a contract past its end is no longer valid)
    starts_on           date,
    ends_on             date,
    effective_on        date,
    publication_due     date,
    published_on        date,
    publication_note    varchar(2000),
    publication_missed  boolean       not null,
    renewal_reminded_on date,
    process_instance_id varchar(64),
    created_at          timestamp with time zone not null,
    created_by          varchar(64)
);
create index ix_collective_contract_district on collective_contract (district_code, status);
create index ix_collective_contract_enterprise on collective_contract (credit_code);

create table collective_contract_version (
    case_no          varchar(32)   not null references collective_contract (case_no),
    version          integer       not null,
    -- FIRST, REFILED (after an objection), AMENDED (art 42)
    reason           varchar(16)   not null,
    filed_on         date          not null,
    filed_by         varchar(64),
    signed_on        date          not null,
    starts_on        date          not null,
    ends_on          date          not null,
    workers_covered  integer       not null,
    lowest_wage      numeric(11,2) not null,
    weekly_hours     numeric(4,1)  not null,
    wage_increase    varchar(500)  not null,
    vote_total       integer       not null,
    vote_present     integer       not null,
    vote_in_favour   integer       not null,
    vote_held_on     date          not null,
    -- the employer's chief: its legal representative, or a delegate named in writing (arts 20-21)
    employer_chief_capacity varchar(32) not null,
    late_filing      boolean       not null,
    last_filing_day  date          not null,
    received_on      date,
    review_due       date,
    union_opinion    varchar(4000),
    union_opinion_by varchar(64),
    union_opinion_on date,
    precheck         varchar(4000),
    -- OBJECTED, APPROVED, or SILENCE (no objection within the review period)
    outcome          varchar(16),
    opinion          varchar(4000),
    decided_on       date,
    decided_by       varchar(64),
    primary key (case_no, version)
);

-- Negotiators' identity numbers tell people apart (nobody on both sides); no page or letter shows them.
create table collective_contract_negotiator (
    case_no   varchar(32)  not null,
    version   integer      not null,
    seq       integer      not null,
    name      varchar(100) not null,
    id_number varchar(32)  not null,
    side      varchar(16)  not null,
    chief     boolean      not null,
    outsider  boolean      not null,
    primary key (case_no, version, seq),
    foreign key (case_no, version) references collective_contract_version (case_no, version)
);

-- The enterprises a contract covers and their workers: the filing enterprise itself, or each
-- enterprise a regional contract lists.
create table collective_contract_coverage (
    case_no     varchar(32) not null references collective_contract (case_no),
    credit_code char(18)    not null references enterprise (credit_code),
    workers     integer     not null,
    primary key (case_no, credit_code)
);
create index ix_collective_contract_coverage_enterprise on collective_contract_coverage (credit_code);
