-- LAL art 44: a worker who needs advance execution (先予执行) gets urgent aid, as one who needs
-- evidence or assets preserved.
alter table legal_aid_case add column needs_advance_execution boolean default false not null;
