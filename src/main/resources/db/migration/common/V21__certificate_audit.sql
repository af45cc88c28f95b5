-- Who last recorded an inspector's certificate, and when: the register is kept by leads, and an
-- investigation's lawfulness (art 18) may turn on it.
alter table inspector_certificate add column recorded_by varchar(64);
alter table inspector_certificate add column recorded_at timestamp with time zone;
