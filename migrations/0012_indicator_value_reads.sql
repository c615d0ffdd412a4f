-- Reading indicator values by period: the comparators of a period (the county's and every municipality's value of
-- each indicator, what a unit's colour is judged against). The primary key leads with the indicator and the unit,
-- so without this index they are read through one index range per unit. Costs the engine one more index entry for
-- each value it inserts; an update leaves these columns as they are.
create index indicator_value_period_unit_idx on indicator_value (period_type, period, sex, org_unit);

-- A number that moves on with every change of indicator_value or org_unit, in the changing transaction, so that a
-- statement that reads it reads the values and units as they were at that number. The GraphQL server keeps what it
-- reads from them (the comparators of a period, api/src/schema/values/read-cache.ts) under it, and so never serves
-- them for other values. One row, updated once per statement that changes either table: concurrent writers take
-- turns from their first change of indicator_value to their commit.
create table indicator_value_generation (
  singleton boolean primary key default true check (singleton),
  generation bigint not null
);
insert into indicator_value_generation (generation) values (1);

create function indicator_value_next_generation() returns trigger language plpgsql as $$
begin
  update indicator_value_generation set generation = generation + 1;
  return null;
end;
$$;

create trigger indicator_value_changed
  after insert or update or delete or truncate on indicator_value
  for each statement execute function indicator_value_next_generation();

create trigger org_unit_changed
  after insert or update or delete or truncate on org_unit
  for each statement execute function indicator_value_next_generation();
