-- Case numbers now come from one formatter keyed by the process's declared prefix; the
-- counters keep their values so no number is issued twice.
update sequence_counter set name = 'case:LA' where name = 'case:legal-aid';
update sequence_counter set name = 'case:SV' where name = 'case:supervision';
