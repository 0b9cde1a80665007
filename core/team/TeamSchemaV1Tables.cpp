#include "TeamSchemaV1.h"

namespace paceline {

const char* teamSchemaV1TablesSql()
{
    return R"SQL(
-- List editions a case is based on: each published once, by whoever imports it first, and
-- identified by its content hash (ListDocument::contentHash, BLAKE2b-256 hex).
CREATE TABLE paceline.list_edition (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    content_hash   text NOT NULL UNIQUE CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    regime_key     text NOT NULL,
    regime_name    text NOT NULL,
    list_key       text NOT NULL,
    list_name      text NOT NULL,
    label          text NOT NULL,
    date           text,
    date_precision text CHECK (date_precision IN ('year', 'month', 'day')),
    source         text,
    note           text,
    document       text NOT NULL,   -- the edition as paceline.list JSON
    published_by   text NOT NULL DEFAULT session_user,
    published_at   timestamptz NOT NULL DEFAULT now()
);

-- Timeline facts the cases cite ----------------------------------------------------------
CREATE TABLE paceline.technology (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    label       text NOT NULL UNIQUE,
    name        text NOT NULL,
    category    text,
    description text
);

CREATE TABLE paceline.milestone (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ext_id          text NOT NULL UNIQUE,   -- TM-01
    date            text NOT NULL,
    date_precision  text NOT NULL CHECK (date_precision IN ('year', 'month', 'day')),
    milestone_class text NOT NULL,
    milestone_type  text,
    description     text,
    source_url      text,
    source_url_2    text,
    confidence      text NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    notes           text
);

CREATE TABLE paceline.milestone_technology (
    milestone_id  bigint NOT NULL REFERENCES paceline.milestone(id) ON DELETE CASCADE,
    technology_id bigint NOT NULL REFERENCES paceline.technology(id) ON DELETE CASCADE,
    PRIMARY KEY (milestone_id, technology_id)
);

CREATE TABLE paceline.control_event (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ext_id         text NOT NULL UNIQUE,    -- CE-019
    date           text NOT NULL,
    date_precision text NOT NULL CHECK (date_precision IN ('year', 'month', 'day')),
    regime         text NOT NULL,
    event_type     text,
    entry_codes    text,
    description    text,
    source_url     text,
    source_url_2   text,
    confidence     text NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    notes          text
);

CREATE TABLE paceline.event_technology (
    event_id      bigint NOT NULL REFERENCES paceline.control_event(id) ON DELETE CASCADE,
    technology_id bigint NOT NULL REFERENCES paceline.technology(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, technology_id)
);

CREATE TABLE paceline.event_entry (
    event_id bigint NOT NULL REFERENCES paceline.control_event(id) ON DELETE CASCADE,
    code     text NOT NULL,
    PRIMARY KEY (event_id, code)
);

-- Cases ----------------------------------------------------------------------------------
-- Authors and actors are the PostgreSQL login roles (session_user), set by the server.
CREATE TABLE paceline.amendment_case (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid              uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    title             text NOT NULL,
    kind              text NOT NULL CHECK (kind IN ('new_entry', 'amend_entry', 'delete_entry',
                                                    'amend_definition', 'note_or_decontrol')),
    list_key          text,
    base_edition_hash text REFERENCES paceline.list_edition(content_hash),
    edition_label     text,
    target_code       text,
    target_kind       text NOT NULL DEFAULT 'entry'
                      CHECK (target_kind IN ('entry', 'item', 'note', 'term')),
    target_name       text,
    base_text         text NOT NULL DEFAULT '',
    proposed_text     text NOT NULL DEFAULT '',
    justification     jsonb NOT NULL DEFAULT '{}',
    notes             text NOT NULL DEFAULT '',
    author            text NOT NULL DEFAULT session_user,
    organisation      text,
    status            text NOT NULL DEFAULT 'draft'
                      CHECK (status IN ('draft', 'in_review', 'changes_requested', 'approved',
                                        'submitted', 'adopted', 'rejected', 'withdrawn')),
    revision          integer NOT NULL DEFAULT 1,
    -- Bumped by every change: the optimistic version a client's save is checked against.
    version           bigint NOT NULL DEFAULT 1,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX amendment_case_target ON paceline.amendment_case (list_key, target_code);

CREATE TABLE paceline.case_revision (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id       bigint NOT NULL REFERENCES paceline.amendment_case(id) ON DELETE CASCADE,
    revision      integer NOT NULL,
    title         text NOT NULL,
    proposed_text text NOT NULL,
    justification jsonb NOT NULL,
    author        text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (case_id, revision)
);

CREATE TABLE paceline.case_comment (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid         uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    case_id      bigint NOT NULL REFERENCES paceline.amendment_case(id) ON DELETE CASCADE,
    parent_uuid  uuid,
    anchor_start integer,
    anchor_end   integer,
    anchor_text  text,
    outdated     boolean NOT NULL DEFAULT false,
    body         text NOT NULL,
    suggestion   text,            -- a reviewer's replacement for the anchored text
    author       text NOT NULL DEFAULT session_user,
    organisation text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    resolved_at  timestamptz,
    resolved_by  text
);
CREATE INDEX case_comment_case ON paceline.case_comment (case_id);

CREATE TABLE paceline.case_signoff (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid         uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    case_id      bigint NOT NULL REFERENCES paceline.amendment_case(id) ON DELETE CASCADE,
    reviewer     text NOT NULL DEFAULT session_user,
    organisation text,
    verdict      text NOT NULL CHECK (verdict IN ('approve', 'request_changes')),
    revision     integer,
    comment      text,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_signoff_case ON paceline.case_signoff (case_id);

CREATE TABLE paceline.case_status_history (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     bigint NOT NULL REFERENCES paceline.amendment_case(id) ON DELETE CASCADE,
    from_status text,
    to_status   text NOT NULL,
    actor       text NOT NULL,
    at          timestamptz NOT NULL DEFAULT now(),
    reason      text
);
CREATE INDEX case_status_history_case ON paceline.case_status_history (case_id);

-- Append-only; id is the chain's order, given by the insert trigger from audit_head; each hash
-- covers the row and the previous row's hash, in the local audit log's scheme.
CREATE TABLE paceline.audit_log (
    id        bigint PRIMARY KEY,
    at        timestamptz NOT NULL,
    actor     text NOT NULL,
    entity    text NOT NULL,
    entity_id text NOT NULL,
    action    text NOT NULL,
    detail    jsonb NOT NULL DEFAULT '{}',
    prev_hash text NOT NULL,
    hash      text NOT NULL
);

-- The chain's end: one row, updated by every audit insert. Its row lock orders concurrent
-- writers (a REPEATABLE READ writer that lost the race gets a serialization failure to retry,
-- never a fork), and it tells a removed last row from a log that ended there.
CREATE TABLE paceline.audit_head (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    last_id   bigint NOT NULL,
    last_hash text NOT NULL
);
INSERT INTO paceline.audit_head (last_id, last_hash) VALUES (0, repeat('0', 64));
)SQL";
}

} // namespace paceline
