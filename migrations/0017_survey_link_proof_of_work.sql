-- An open link can ask its respondents' browsers for a proof of work (a self-hosted ALTCHA challenge) before a
-- response is taken: for a link that robots have found. Off by default, so that a link works without JavaScript;
-- SAMSYN_SURVEY_PROOF_OF_WORK=1 asks it of every open link.
alter table survey_link add column proof_of_work boolean not null default false;
