-- Archived letters are evidence: refuse any change or deletion (same rule as the PostgreSQL trigger).
create trigger letter_no_update before update, delete on letter
    for each row call "org.workright.letters.ImmutableLetterTrigger";
