-- A response's answers move into the response's own row, as parallel arrays (one element per answered question, or
-- per chosen option of a multiple-choice question), for the submission rate of issue 7 (1 000 a second). As a row per
-- answer, the patient questionnaire's response was 20 heap rows, some 55 index entries and 19 foreign-key checks; as
-- one row it is one heap row and two index entries. The insert alone, 16 clients with pgbench on the 2-core test
-- machine: about 2 100 responses a second before, 5 000-6 500 after. The engine and the results unnest the arrays
-- and read answer by answer as before, with no index to help: on 100 000 responses a pe-* indicator's cells take
-- 0.7 s instead of 0.5 s, the results of a questionnaire 2.7 s instead of 2.3 s. The view survey_answer at the end
-- shows the answers as the table did.
alter table survey_response
  add column question_keys text[] not null default '{}',
  -- As before, copied from the version answered, so that the engine aggregates this table alone.
  add column dimensions text[] not null default '{}',
  -- The chosen option, or null for a free-text answer.
  add column option_keys text[] not null default '{}',
  -- positive / negative count for the indicators; excluded = "Vet inte / Inte aktuellt"; null = not scored.
  add column valuations text[] not null default '{}',
  -- Free text with personal identity numbers, phone numbers and e-mail addresses masked before it is stored.
  add column free_texts text[] not null default '{}';

update survey_response r
set question_keys = a.question_keys, dimensions = a.dimensions, option_keys = a.option_keys, valuations = a.valuations,
  free_texts = a.free_texts
from (
  select response_id, array_agg(question_key order by question_key, option_key) as question_keys,
    array_agg(dimension order by question_key, option_key) as dimensions,
    array_agg(option_key order by question_key, option_key) as option_keys,
    array_agg(valuation order by question_key, option_key) as valuations,
    array_agg(free_text order by question_key, option_key) as free_texts
  from survey_answer group by response_id
) a
where a.response_id = r.id;

-- The rules survey_answer had for each row, for each element: an option or a text, a known valuation, at most 4 000
-- characters of text. A loop in PL/pgSQL: the same test as an aggregate over unnest, in SQL, took a quarter of the
-- insert's time.
create function survey_answers_valid(option_keys text[], valuations text[], free_texts text[]) returns boolean
language plpgsql immutable as $$
begin
  for i in 1 .. cardinality(option_keys) loop
    if (option_keys[i] is null) = (free_texts[i] is null) or valuations[i] not in ('positive', 'negative', 'excluded')
      or length(free_texts[i]) > 4000 then
      return false;
    end if;
  end loop;
  return true;
end;
$$;

alter table survey_response
  alter column question_keys drop default,
  alter column dimensions drop default,
  alter column option_keys drop default,
  alter column valuations drop default,
  alter column free_texts drop default,
  add constraint survey_response_answers_check check (
    cardinality(dimensions) = cardinality(question_keys) and cardinality(option_keys) = cardinality(question_keys)
    and cardinality(valuations) = cardinality(question_keys) and cardinality(free_texts) = cardinality(question_keys)
    and survey_answers_valid(option_keys, valuations, free_texts));

drop table survey_answer;

-- One row per answer, as the table was: for reading answers one by one (the results, tests, a person with psql).
create view survey_answer as
select r.id as response_id, r.kommun, r.week, a.question_key, a.dimension, a.option_key, a.valuation, a.free_text
from survey_response r
  cross join lateral unnest(r.question_keys, r.dimensions, r.option_keys, r.valuations, r.free_texts)
    as a(question_key, dimension, option_key, valuation, free_text);
