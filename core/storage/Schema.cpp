#include "Schema.h"

namespace paceline {

const char* schemaVersion1Sql()
{
    return R"SQL(
CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Lists -----------------------------------------------------------------------------------
CREATE TABLE regime (
    id   INTEGER PRIMARY KEY,
    key  TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE control_list (
    id        INTEGER PRIMARY KEY,
    regime_id INTEGER NOT NULL REFERENCES regime(id),
    key       TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL
);

CREATE TABLE edition (
    id             INTEGER PRIMARY KEY,
    list_id        INTEGER NOT NULL REFERENCES control_list(id) ON DELETE CASCADE,
    label          TEXT NOT NULL,
    date           TEXT,
    date_precision TEXT CHECK (date_precision IN ('year', 'month', 'day')),
    source         TEXT,
    note           TEXT,
    content_hash   TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    UNIQUE (list_id, label, content_hash)
);

CREATE TABLE node (
    id         INTEGER PRIMARY KEY,
    edition_id INTEGER NOT NULL REFERENCES edition(id) ON DELETE CASCADE,
    parent_id  INTEGER REFERENCES node(id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,   -- document order within the edition
    kind       TEXT NOT NULL CHECK (kind IN ('category', 'group', 'entry', 'item', 'note', 'text')),
    code       TEXT NOT NULL,
    label      TEXT,
    title      TEXT,
    text       TEXT,
    reasons    TEXT,               -- space-separated reason-for-control codes
    attributes TEXT,               -- JSON object of string -> string
    UNIQUE (edition_id, code)
);
CREATE INDEX node_parent ON node (parent_id, ord);
CREATE INDEX node_edition_kind ON node (edition_id, kind);
CREATE INDEX node_code ON node (code);

CREATE TABLE term (
    id         INTEGER PRIMARY KEY,
    edition_id INTEGER NOT NULL REFERENCES edition(id) ON DELETE CASCADE,
    term       TEXT NOT NULL,
    definition TEXT NOT NULL,
    UNIQUE (edition_id, term)
);

CREATE TABLE node_term (
    node_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
    term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
    PRIMARY KEY (node_id, term_id)
) WITHOUT ROWID;
CREATE INDEX node_term_term ON node_term (term_id);

-- The same item in other lists: WA 4.A.5 <-> EU 4A005 <-> US 4A005.
CREATE TABLE concordance (
    id           INTEGER PRIMARY KEY,
    from_list_id INTEGER NOT NULL REFERENCES control_list(id) ON DELETE CASCADE,
    from_code    TEXT NOT NULL,
    to_list_id   INTEGER NOT NULL REFERENCES control_list(id) ON DELETE CASCADE,
    to_code      TEXT NOT NULL,
    origin       TEXT NOT NULL CHECK (origin IN ('rule', 'manual')),
    removed      INTEGER NOT NULL DEFAULT 0,   -- a rule-derived link the user took away
    created_at   TEXT NOT NULL,
    UNIQUE (from_list_id, from_code, to_list_id, to_code)
);

-- Timeline --------------------------------------------------------------------------------
CREATE TABLE technology (
    id          INTEGER PRIMARY KEY,
    label       TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    category    TEXT,
    description TEXT
);

CREATE TABLE milestone (
    id              INTEGER PRIMARY KEY,
    ext_id          TEXT NOT NULL UNIQUE,   -- TM-01
    date            TEXT NOT NULL,
    date_precision  TEXT NOT NULL CHECK (date_precision IN ('year', 'month', 'day')),
    milestone_class TEXT NOT NULL,
    milestone_type  TEXT,
    description     TEXT,
    source_url      TEXT,
    source_url_2    TEXT,
    confidence      TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    notes           TEXT
);

CREATE TABLE milestone_technology (
    milestone_id  INTEGER NOT NULL REFERENCES milestone(id) ON DELETE CASCADE,
    technology_id INTEGER NOT NULL REFERENCES technology(id) ON DELETE CASCADE,
    PRIMARY KEY (milestone_id, technology_id)
) WITHOUT ROWID;

CREATE TABLE control_event (
    id             INTEGER PRIMARY KEY,
    ext_id         TEXT NOT NULL UNIQUE,    -- CE-019
    date           TEXT NOT NULL,
    date_precision TEXT NOT NULL CHECK (date_precision IN ('year', 'month', 'day')),
    regime         TEXT NOT NULL,
    event_type     TEXT,
    entry_codes    TEXT,                    -- as given in the source, including remarks
    description    TEXT,
    source_url     TEXT,
    source_url_2   TEXT,
    confidence     TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    notes          TEXT
);

CREATE TABLE event_technology (
    event_id      INTEGER NOT NULL REFERENCES control_event(id) ON DELETE CASCADE,
    technology_id INTEGER NOT NULL REFERENCES technology(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, technology_id)
) WITHOUT ROWID;

-- Entry codes named by an event, resolved against the loaded lists when shown.
CREATE TABLE event_entry (
    event_id INTEGER NOT NULL REFERENCES control_event(id) ON DELETE CASCADE,
    code     TEXT NOT NULL,
    PRIMARY KEY (event_id, code)
) WITHOUT ROWID;

-- Cases -----------------------------------------------------------------------------------
CREATE TABLE amendment_case (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    title           TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('new_entry', 'amend_entry', 'delete_entry',
                                                  'amend_definition', 'note_or_decontrol')),
    list_id         INTEGER REFERENCES control_list(id),
    base_edition_id INTEGER REFERENCES edition(id) ON DELETE SET NULL,
    target_code     TEXT,
    base_text       TEXT NOT NULL DEFAULT '',
    proposed_text   TEXT NOT NULL DEFAULT '',
    justification   TEXT NOT NULL DEFAULT '{}',   -- JSON object
    notes           TEXT NOT NULL DEFAULT '',
    author          TEXT NOT NULL,
    organisation    TEXT,
    status          TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'changes_requested',
                    'approved', 'submitted', 'adopted', 'rejected', 'withdrawn')),
    revision        INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX amendment_case_target ON amendment_case (list_id, target_code);

CREATE TABLE case_revision (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES amendment_case(id) ON DELETE CASCADE,
    revision      INTEGER NOT NULL,
    proposed_text TEXT NOT NULL,
    justification TEXT NOT NULL,
    author        TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    UNIQUE (case_id, revision)
);

CREATE TABLE case_comment (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    case_id      INTEGER NOT NULL REFERENCES amendment_case(id) ON DELETE CASCADE,
    parent_uuid  TEXT,
    anchor_start INTEGER,
    anchor_end   INTEGER,
    anchor_text  TEXT,
    outdated     INTEGER NOT NULL DEFAULT 0,
    body         TEXT NOT NULL,
    author       TEXT NOT NULL,
    organisation TEXT,
    created_at   TEXT NOT NULL,
    resolved_at  TEXT,
    resolved_by  TEXT
);
CREATE INDEX case_comment_case ON case_comment (case_id);

CREATE TABLE case_signoff (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    case_id      INTEGER NOT NULL REFERENCES amendment_case(id) ON DELETE CASCADE,
    reviewer     TEXT NOT NULL,
    organisation TEXT,
    verdict      TEXT NOT NULL CHECK (verdict IN ('approve', 'request_changes')),
    revision     INTEGER,
    comment      TEXT,
    created_at   TEXT NOT NULL
);
CREATE INDEX case_signoff_case ON case_signoff (case_id);

CREATE TABLE case_status_history (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES amendment_case(id) ON DELETE CASCADE,
    from_status TEXT,
    to_status   TEXT NOT NULL,
    actor       TEXT NOT NULL,
    at          TEXT NOT NULL,
    reason      TEXT
);
CREATE INDEX case_status_history_case ON case_status_history (case_id);

-- Append-only audit log; each row's hash covers its content and the previous row's hash.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    action    TEXT NOT NULL,
    detail    TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Full-text search ------------------------------------------------------------------------
CREATE VIRTUAL TABLE node_fts USING fts5(
    code, title, text, content='node', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3');
-- No insert trigger: a per-row trigger makes every INSERT a statement savepoint, and FTS5
-- flushes its pending index at each savepoint. ListStore indexes a new edition in one
-- INSERT ... SELECT instead (about 8x faster for a 7,000-node edition).
CREATE TRIGGER node_fts_delete AFTER DELETE ON node BEGIN
    INSERT INTO node_fts (node_fts, rowid, code, title, text)
    VALUES ('delete', old.id, old.code, old.title, old.text);
END;
CREATE TRIGGER node_fts_update AFTER UPDATE OF code, title, text ON node BEGIN
    INSERT INTO node_fts (node_fts, rowid, code, title, text)
    VALUES ('delete', old.id, old.code, old.title, old.text);
    INSERT INTO node_fts (rowid, code, title, text) VALUES (new.id, new.code, new.title, new.text);
END;

CREATE VIRTUAL TABLE term_fts USING fts5(
    term, definition, content='term', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER term_fts_delete AFTER DELETE ON term BEGIN
    INSERT INTO term_fts (term_fts, rowid, term, definition)
    VALUES ('delete', old.id, old.term, old.definition);
END;
CREATE TRIGGER term_fts_update AFTER UPDATE ON term BEGIN
    INSERT INTO term_fts (term_fts, rowid, term, definition)
    VALUES ('delete', old.id, old.term, old.definition);
    INSERT INTO term_fts (rowid, term, definition) VALUES (new.id, new.term, new.definition);
END;

CREATE VIRTUAL TABLE case_fts USING fts5(
    title, proposed_text, notes, content='amendment_case', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER case_fts_insert AFTER INSERT ON amendment_case BEGIN
    INSERT INTO case_fts (rowid, title, proposed_text, notes)
    VALUES (new.id, new.title, new.proposed_text, new.notes);
END;
CREATE TRIGGER case_fts_delete AFTER DELETE ON amendment_case BEGIN
    INSERT INTO case_fts (case_fts, rowid, title, proposed_text, notes)
    VALUES ('delete', old.id, old.title, old.proposed_text, old.notes);
END;
CREATE TRIGGER case_fts_update AFTER UPDATE OF title, proposed_text, notes ON amendment_case BEGIN
    INSERT INTO case_fts (case_fts, rowid, title, proposed_text, notes)
    VALUES ('delete', old.id, old.title, old.proposed_text, old.notes);
    INSERT INTO case_fts (rowid, title, proposed_text, notes)
    VALUES (new.id, new.title, new.proposed_text, new.notes);
END;
)SQL";
}

} // namespace paceline
