-- Where a stored definition version came from: the reviewed code catalogue (seeded at every start) or a working
-- group through the API. Seeding needs to tell them apart when the code ships a version whose number an editor has
-- already used with other content: a code version changed without a version bump stops the start (a developer's
-- mistake), while an editor's version is kept and the code's is left out (see api/src/seed/indicators.ts).
-- Who created an API version is in the audit log.
alter table indicator_definition
  add column origin text not null default 'code' check (origin in ('code', 'api'));
