-- The PDF of a frozen (approved or published) report, archived on its first download (api/src/reports/pdf.ts), so
-- that every later download is the same bytes with the same hash. Kept beside the snapshot it was drawn from: its
-- hash is recorded, so the PDF can always be traced to the data it shows. Drafts are drawn afresh every time and
-- never stored here. Like the snapshot, an archived PDF never changes.
create table report_pdf (
  report_id bigint primary key references report_snapshot (report_id),
  snapshot_sha256 text not null,
  content bytea not null check (substring(content from 1 for 5) = '\x255044462d'::bytea), -- '%PDF-'
  content_sha256 text not null check (content_sha256 = encode(sha256(content), 'hex')),
  created_at timestamptz not null default now(),
  created_by bigint references app_user (id)
);

create function report_pdf_is_archived() returns trigger language plpgsql as $$
begin
  raise exception 'report_pdf is archived: % refused', tg_op;
end;
$$;

create trigger report_pdf_archived
  before update or delete or truncate on report_pdf
  for each statement execute function report_pdf_is_archived();
