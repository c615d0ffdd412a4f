-- The GraphQL server caches whole answers of the public value queries (scorecard, scorecardGrid, indicatorValues,
-- comparison) under the generation of migration 0012 (api/src/http/response-cache.ts). A scorecard lists every
-- indicator, including one created or versioned since its values were computed, so a change of the catalogue moves
-- the generation on as a change of values or units does.
create trigger indicator_definition_changed
  after insert or update or delete or truncate on indicator_definition
  for each statement execute function indicator_value_next_generation();
