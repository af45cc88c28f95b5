-- Workplace-democracy checks (职代会和厂务公开检查): one check per enterprise and year, whether the
-- yearly round or an inspector started it (the unique key makes a second one impossible, also when
-- two schedulers race). The enterprise's reports are numbered (1 the yearly report, then each
-- correction report); the findings are those of the decision table, the inspector's on-site
-- observations and a missed report.
create table democracy_check (
    case_no             varchar(32)   primary key,
    credit_code         char(18)      not null references enterprise (credit_code),
    check_year          integer       not null,
    enterprise_name     varchar(200)  not null,
    enterprise_address  varchar(300)  not null,
    -- where the enterprise was registered and whether it was state-owned when the check began (the figures)
    district_code       varchar(6)    not null,
    state_owned         boolean       not null,
    status              varchar(32)   not null,
    -- null when the yearly round started it
    started_by          varchar(64),
    submission_due      date          not null,
    final_due           date          not null,
    reminded_on         date,
    submitted_on        date,
    submission_missed   boolean       not null,
    compliant           boolean,
    review_note         varchar(2000),
    decided_on          date,
    decided_by          varchar(64),
    rectification_due   date,
    corrected_on        date,
    supervision_case_no varchar(32),
    -- the latest report's answers the federation counts (已建立职代会（职工大会）制度; 已实行厂务公开)
    congress_system     boolean,
    openness_system     boolean,
    process_instance_id varchar(64),
    created_at          timestamp with time zone not null,
    constraint uq_democracy_check_year unique (credit_code, check_year)
);
create index ix_democracy_check_year on democracy_check (check_year, district_code);
create index ix_democracy_check_instance on democracy_check (process_instance_id);

-- What the enterprise reported; report 1 is the yearly report, each later one a correction report.
create table democracy_submission (
    case_no                    varchar(32)   not null references democracy_check (case_no),
    report_no        integer       not null,
    submitted_at               timestamp with time zone not null,
    submitted_by               varchar(64)   not null,
    -- CONGRESS, ALL_STAFF_MEETING or NONE
    form                       varchar(24)   not null,
    staff                      integer       not null,
    women_staff                integer       not null,
    dispatched_staff           integer       not null,
    representatives            integer       not null,
    managers                   integer       not null,
    frontline                  integer       not null,
    women_representatives      integer       not null,
    dispatched_representatives integer       not null,
    term_starts_on             date,
    term_years                 integer       not null,
    rules_note                 varchar(2000) not null,
    rules_published            boolean       not null,
    -- the openness items published and the channels, as codes separated by commas
    openness_items             varchar(400)  not null,
    openness_channels          varchar(100)  not null,
    -- NONE, LIMITED or JOINT_STOCK; for a company its employee director and oversight body
    company_kind               varchar(16)   not null,
    employee_director          boolean       not null,
    oversight                  varchar(24)   not null,
    supervisors                integer       not null,
    employee_supervisors       integer       not null,
    correction_note            varchar(4000),
    primary key (case_no, report_no)
);

-- The plenary sessions of the year a report lists.
create table democracy_session (
    case_no          varchar(32)   not null,
    report_no        integer       not null,
    seq              integer       not null,
    held_on          date          not null,
    attendance       integer       not null,
    fewest_in_favour integer       not null,
    agenda           varchar(1000) not null,
    primary key (case_no, report_no, seq),
    foreign key (case_no, report_no) references democracy_submission (case_no, report_no)
);

-- Each report's findings: RULES (the decision table), INSPECTOR (on site), NO_SUBMISSION (no report).
create table democracy_finding (
    case_no  varchar(32)   not null references democracy_check (case_no),
    report_no        integer       not null,
    seq      integer       not null,
    source   varchar(16)   not null,
    finding  varchar(1000) not null,
    rule     varchar(200)  not null,
    -- FAILURE (不合格) or WARNING (一般: to be improved, not a failure)
    weight   varchar(16)   not null,
    primary key (case_no, report_no, seq)
);

-- The yearly round: its row is locked by each batch (and by an inspector's start), so that whoever
-- holds it sees every check already started before choosing the enterprises still without one.
create table democracy_round (
    check_year     integer      primary key,
    started_at     timestamp with time zone not null,
    last_batch_at  timestamp with time zone not null,
    checks_started integer      not null
);
