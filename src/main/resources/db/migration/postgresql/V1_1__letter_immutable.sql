-- Archived letters are evidence: refuse any change or deletion at the database level.
create function letter_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'archived letters are immutable (letter %)', old.number;
end $$;

create trigger letter_no_update before update or delete on letter
    for each row execute function letter_immutable();
