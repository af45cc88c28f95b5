-- The lawyer's record also holds the events that move a dispute clock (LDMAL arts 27, 29, 43) and,
-- for an award, what it decided and whether it is final (art 47), from which the employer's
-- 30-day window to apply to set it aside runs (art 49).
alter table legal_aid_stage add column award_amount numeric(14,2);
alter table legal_aid_stage add column award_subject varchar(20);
alter table legal_aid_stage add column award_final boolean;
