#include "TeamSchemaV1.h"

namespace paceline {

const char* teamSchemaV1RulesSql()
{
    return R"SQL(
-- Group roles: cluster-wide, so created only where missing, and another database's init that
-- made them at the same moment is no error. A chair is also a reviewer, an admin also a chair;
-- a drafter is a role of its own (a person may hold several).
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['paceline_drafter', 'paceline_reviewer', 'paceline_chair',
                             'paceline_admin'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
    BEGIN
        IF NOT pg_has_role('paceline_chair', 'paceline_reviewer', 'MEMBER') THEN
            GRANT paceline_reviewer TO paceline_chair;
        END IF;
        IF NOT pg_has_role('paceline_admin', 'paceline_chair', 'MEMBER') THEN
            GRANT paceline_chair TO paceline_admin;
        END IF;
    EXCEPTION WHEN unique_violation THEN
        NULL;
    END;
END $$;

-- Whether the person logged in holds a team role. session_user, not current_user: SET ROLE
-- and SECURITY DEFINER functions change current_user, but never who logged in.
CREATE FUNCTION paceline.has_team_role(team_role text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
    AS $$ SELECT pg_has_role(session_user, team_role, 'USAGE') $$;

-- The review workflow of core/cases/CaseTypes.cpp (allowedTransitions).
CREATE FUNCTION paceline.is_allowed_transition(from_status text, to_status text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT (from_status, to_status) IN (
        ('draft', 'in_review'), ('draft', 'withdrawn'),
        ('in_review', 'changes_requested'), ('in_review', 'approved'), ('in_review', 'draft'),
        ('in_review', 'withdrawn'),
        ('changes_requested', 'in_review'), ('changes_requested', 'withdrawn'),
        ('approved', 'submitted'), ('approved', 'in_review'), ('approved', 'draft'),
        ('approved', 'withdrawn'),
        ('submitted', 'adopted'), ('submitted', 'rejected'), ('submitted', 'withdrawn')) $$;

-- Audit log: hash chain ---------------------------------------------------------------------
-- sha256 over the length-prefixed UTF-8 fields, as AuditLog::hashRow does for the local log;
-- the time in one canonical UTC form, whatever the session's TimeZone.
CREATE FUNCTION paceline.audit_hash(prev_hash text, at timestamptz, actor text, entity text,
                                    entity_id text, action text, detail jsonb) RETURNS text
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    part text;
    message text := '';
BEGIN
    FOREACH part IN ARRAY ARRAY[prev_hash,
                                to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                                actor, entity, entity_id, action, detail::text] LOOP
        message := message || octet_length(convert_to(part, 'UTF8')) || ':' || part;
    END LOOP;
    RETURN encode(sha256(convert_to(message, 'UTF8')), 'hex');
END $$;

-- Every insert takes the next id and the last hash from audit_head, whose row lock makes
-- concurrent writers wait for each other; whatever the client sent for these columns is
-- replaced.
CREATE FUNCTION paceline.audit_log_chain() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = paceline, pg_catalog, pg_temp
    AS $$
BEGIN
    UPDATE paceline.audit_head SET last_id = last_id + 1
        RETURNING last_id, last_hash INTO NEW.id, NEW.prev_hash;
    NEW.at := clock_timestamp();
    NEW.actor := session_user;
    NEW.hash := paceline.audit_hash(NEW.prev_hash, NEW.at, NEW.actor, NEW.entity, NEW.entity_id,
                                    NEW.action, NEW.detail);
    UPDATE paceline.audit_head SET last_hash = NEW.hash;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_log_chain BEFORE INSERT ON paceline.audit_log
    FOR EACH ROW EXECUTE FUNCTION paceline.audit_log_chain();

-- Every change is announced, at commit and in the chain's order, on the channel
-- paceline_change with ids only ({"id": audit row, "entity", "entity_id", "action"}): a client
-- re-reads what changed under its own rights, and one that was away reads the audit rows after
-- the last id it saw.
CREATE FUNCTION paceline.audit_log_notify() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    PERFORM pg_notify('paceline_change',
                      jsonb_build_object('id', NEW.id, 'entity', NEW.entity,
                                         'entity_id', NEW.entity_id, 'action', NEW.action)::text);
    RETURN NULL;
END $$;
CREATE TRIGGER audit_log_notify AFTER INSERT ON paceline.audit_log
    FOR EACH ROW EXECUTE FUNCTION paceline.audit_log_notify();

-- Refuses the change with the message given as the trigger's argument.
CREATE FUNCTION paceline.refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON paceline.audit_log
    FOR EACH ROW EXECUTE FUNCTION paceline.refuse_change('the audit log is append-only');
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON paceline.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION paceline.refuse_change('the audit log is append-only');

-- The first row whose chain is broken, or none: rows_checked, first_broken_id, problem.
CREATE FUNCTION paceline.verify_audit_log()
    RETURNS TABLE (rows_checked bigint, first_broken_id bigint, problem text)
    LANGUAGE plpgsql STABLE SET search_path = paceline, pg_catalog, pg_temp
    AS $$
DECLARE
    r record;
    prev text := repeat('0', 64);
    n bigint := 0;
BEGIN
    FOR r IN SELECT * FROM paceline.audit_log ORDER BY id LOOP
        n := n + 1;
        IF r.id <> n OR r.prev_hash <> prev THEN
            RETURN QUERY SELECT n, r.id, format('row %s does not follow the row before it (a row '
                                                'was removed or inserted)', r.id);
            RETURN;
        END IF;
        IF paceline.audit_hash(r.prev_hash, r.at, r.actor, r.entity, r.entity_id, r.action,
                               r.detail) <> r.hash THEN
            RETURN QUERY SELECT n, r.id, format('row %s was changed after it was written', r.id);
            RETURN;
        END IF;
        prev := r.hash;
    END LOOP;
    SELECT * INTO r FROM paceline.audit_head;
    IF r.last_id <> n OR r.last_hash <> prev THEN
        RETURN QUERY SELECT n, n + 1, format('the log ends at row %s, but %s rows were written '
                                             '(rows at the end were removed)', n, r.last_id);
        RETURN;
    END IF;
    RETURN QUERY SELECT n, NULL::bigint, NULL::text;
END $$;

-- One audit row per change of an audited table. Arguments: the key column, then the columns
-- whose new values go into the detail.
CREATE FUNCTION paceline.audit_row() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = paceline, pg_catalog, pg_temp
    AS $$
DECLARE
    rec jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
    detail jsonb := '{}';
    i integer;
BEGIN
    FOR i IN 1 .. TG_NARGS - 1 LOOP
        detail := detail || jsonb_build_object(TG_ARGV[i], rec -> TG_ARGV[i]);
    END LOOP;
    INSERT INTO paceline.audit_log (entity, entity_id, action, detail, at, actor, prev_hash, hash)
    VALUES (TG_TABLE_NAME, rec ->> TG_ARGV[0], lower(TG_OP), detail, now(), '', '', '');
    RETURN NULL;
END $$;

-- Cases ---------------------------------------------------------------------------------------
CREATE FUNCTION paceline.case_is_closed(case_status text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT case_status IN ('adopted', 'rejected', 'withdrawn') $$;

CREATE FUNCTION paceline.case_before_insert() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.revision := 1;
    NEW.version := 1;
    NEW.created_at := now();
    NEW.updated_at := now();
    RETURN NEW;
END $$;
CREATE TRIGGER case_before_insert BEFORE INSERT ON paceline.amendment_case
    FOR EACH ROW EXECUTE FUNCTION paceline.case_before_insert();

-- Who may change what, whatever the grants let through: a closed case never changes; only
-- its author edits the text, and only while it is a draft; the workflow moves as the local
-- one does, by a chair, or by the author to send a draft to review or withdraw it.
CREATE FUNCTION paceline.case_before_update() RETURNS trigger
    LANGUAGE plpgsql SET search_path = paceline, pg_catalog, pg_temp
    AS $$
DECLARE
    reason text := nullif(current_setting('paceline.reason', true), '');
BEGIN
    IF paceline.case_is_closed(OLD.status) THEN
        RAISE EXCEPTION 'case % is %: it is read-only', OLD.id, OLD.status
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (NEW.id, NEW.uuid, NEW.author, NEW.created_at)
       IS DISTINCT FROM (OLD.id, OLD.uuid, OLD.author, OLD.created_at) THEN
        RAISE EXCEPTION 'the id, UUID, author and creation time of case % never change', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (NEW.title, NEW.kind, NEW.list_key, NEW.base_edition_hash, NEW.edition_label,
        NEW.target_code, NEW.target_kind, NEW.target_name, NEW.base_text, NEW.proposed_text,
        NEW.justification, NEW.notes, NEW.organisation)
       IS DISTINCT FROM (OLD.title, OLD.kind, OLD.list_key, OLD.base_edition_hash,
        OLD.edition_label, OLD.target_code, OLD.target_kind, OLD.target_name, OLD.base_text,
        OLD.proposed_text, OLD.justification, OLD.notes, OLD.organisation) THEN
        IF session_user <> OLD.author THEN
            RAISE EXCEPTION 'only its author (%) edits case %', OLD.author, OLD.id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.status NOT IN ('draft', 'changes_requested') THEN
            RAISE EXCEPTION 'case % is %: its text is locked until it goes back to draft',
                OLD.id, OLD.status USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF NEW.status <> OLD.status THEN
        IF NOT paceline.is_allowed_transition(OLD.status, NEW.status) THEN
            RAISE EXCEPTION 'case % cannot go from % to %', OLD.id, OLD.status, NEW.status
                USING ERRCODE = 'check_violation';
        END IF;
        IF NOT (paceline.has_team_role('paceline_chair')
                OR (session_user = OLD.author
                    AND (NEW.status = 'withdrawn'
                         OR (NEW.status = 'in_review'
                             AND OLD.status IN ('draft', 'changes_requested'))))) THEN
            RAISE EXCEPTION 'only a chair moves case % from % to %', OLD.id, OLD.status,
                NEW.status USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.status = 'draft' AND reason IS NULL THEN
            RAISE EXCEPTION 'case % goes back to draft only with a reason (set paceline.reason)',
                OLD.id USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    NEW.revision := OLD.revision
        + CASE WHEN (NEW.proposed_text, NEW.justification)
                    IS DISTINCT FROM (OLD.proposed_text, OLD.justification) THEN 1 ELSE 0 END;
    NEW.version := OLD.version + 1;
    NEW.updated_at := now();
    RETURN NEW;
END $$;
CREATE TRIGGER case_before_update BEFORE UPDATE ON paceline.amendment_case
    FOR EACH ROW EXECUTE FUNCTION paceline.case_before_update();

CREATE TRIGGER case_before_delete BEFORE DELETE ON paceline.amendment_case
    FOR EACH ROW WHEN (paceline.case_is_closed(OLD.status))
    EXECUTE FUNCTION paceline.refuse_change('an adopted, rejected or withdrawn case is kept');

-- The revisions and the workflow history are written here, by the server, never by clients.
CREATE FUNCTION paceline.case_record_history() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = paceline, pg_catalog, pg_temp
    AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.revision <> OLD.revision THEN
        INSERT INTO paceline.case_revision (case_id, revision, title, proposed_text,
                                            justification, author)
        VALUES (NEW.id, NEW.revision, NEW.title, NEW.proposed_text, NEW.justification,
                session_user);
    END IF;
    IF TG_OP = 'INSERT' OR NEW.status <> OLD.status THEN
        INSERT INTO paceline.case_status_history (case_id, from_status, to_status, actor, reason)
        VALUES (NEW.id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END, NEW.status,
                session_user, nullif(current_setting('paceline.reason', true), ''));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER case_record_history AFTER INSERT OR UPDATE ON paceline.amendment_case
    FOR EACH ROW EXECUTE FUNCTION paceline.case_record_history();

-- Comments and sign-offs: none on a closed case; the server stamps who and when.
CREATE FUNCTION paceline.review_record_guard() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = paceline, pg_catalog, pg_temp
    AS $$
DECLARE
    case_row paceline.amendment_case;
BEGIN
    SELECT * INTO case_row FROM paceline.amendment_case WHERE id = NEW.case_id;
    IF paceline.case_is_closed(case_row.status) THEN
        RAISE EXCEPTION 'case % is %: it is read-only', case_row.id, case_row.status
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_TABLE_NAME = 'case_signoff' THEN
        NEW.revision := case_row.revision;
    END IF;
    IF TG_TABLE_NAME = 'case_comment' THEN
        -- Who resolved a comment, and when, is the server's to say.
        IF TG_OP = 'INSERT' OR NEW.resolved_at IS DISTINCT FROM OLD.resolved_at THEN
            NEW.resolved_by := CASE WHEN NEW.resolved_at IS NOT NULL THEN session_user END;
            NEW.resolved_at := CASE WHEN NEW.resolved_at IS NOT NULL THEN now() END;
        ELSE
            NEW.resolved_by := OLD.resolved_by;
        END IF;
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.created_at := now();
        RETURN NEW;
    END IF;
    -- case_comment updates: the thread stays where it was; only the author rewords.
    IF (NEW.uuid, NEW.case_id, NEW.parent_uuid, NEW.author, NEW.created_at)
       IS DISTINCT FROM (OLD.uuid, OLD.case_id, OLD.parent_uuid, OLD.author, OLD.created_at) THEN
        RAISE EXCEPTION 'the UUID, case, thread, author and time of a comment never change'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (NEW.body, NEW.suggestion) IS DISTINCT FROM (OLD.body, OLD.suggestion)
       AND session_user <> OLD.author THEN
        RAISE EXCEPTION 'only its author (%) rewords a comment', OLD.author
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER case_comment_guard BEFORE INSERT OR UPDATE ON paceline.case_comment
    FOR EACH ROW EXECUTE FUNCTION paceline.review_record_guard();
CREATE TRIGGER case_signoff_guard BEFORE INSERT ON paceline.case_signoff
    FOR EACH ROW EXECUTE FUNCTION paceline.review_record_guard();
CREATE TRIGGER case_signoff_insert_only BEFORE UPDATE OR DELETE ON paceline.case_signoff
    FOR EACH ROW EXECUTE FUNCTION paceline.refuse_change('a sign-off is never changed or removed');
CREATE TRIGGER case_signoff_no_truncate BEFORE TRUNCATE ON paceline.case_signoff
    FOR EACH STATEMENT
    EXECUTE FUNCTION paceline.refuse_change('a sign-off is never changed or removed');

-- A published edition is what its hash says: never rewritten.
CREATE FUNCTION paceline.edition_before_insert() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.published_by := session_user;
    NEW.published_at := now();
    RETURN NEW;
END $$;
CREATE TRIGGER list_edition_before_insert BEFORE INSERT ON paceline.list_edition
    FOR EACH ROW EXECUTE FUNCTION paceline.edition_before_insert();
CREATE TRIGGER list_edition_immutable BEFORE UPDATE ON paceline.list_edition
    FOR EACH ROW EXECUTE FUNCTION paceline.refuse_change('a published list edition never changes');

-- What the audit log records.
CREATE TRIGGER amendment_case_audit AFTER INSERT OR UPDATE OR DELETE ON paceline.amendment_case
    FOR EACH ROW EXECUTE FUNCTION paceline.audit_row('uuid', 'status', 'revision', 'version');
CREATE TRIGGER case_comment_audit AFTER INSERT OR UPDATE ON paceline.case_comment
    FOR EACH ROW EXECUTE FUNCTION paceline.audit_row('uuid', 'case_id', 'resolved_at');
CREATE TRIGGER case_signoff_audit AFTER INSERT ON paceline.case_signoff
    FOR EACH ROW EXECUTE FUNCTION paceline.audit_row('uuid', 'case_id', 'verdict', 'revision');
CREATE TRIGGER list_edition_audit AFTER INSERT OR DELETE ON paceline.list_edition
    FOR EACH ROW EXECUTE FUNCTION paceline.audit_row('content_hash', 'list_key', 'label');
CREATE TRIGGER technology_audit AFTER INSERT OR UPDATE OR DELETE ON paceline.technology
    FOR EACH ROW EXECUTE FUNCTION paceline.audit_row('label');
CREATE TRIGGER milestone_audit AFTER INSERT OR UPDATE OR DELETE ON paceline.milestone
    FOR EACH ROW EXECUTE FUNCTION paceline.audit_row('ext_id');
CREATE TRIGGER control_event_audit AFTER INSERT OR UPDATE OR DELETE ON paceline.control_event
    FOR EACH ROW EXECUTE FUNCTION paceline.audit_row('ext_id');

-- Members: a login role for a person, given one team role -------------------------------------
-- SECURITY DEFINER so that a team admin needs no CREATEROLE of their own; the names are quoted
-- by format(%I), never spliced.
CREATE FUNCTION paceline.add_member(member_name text, team_role text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = paceline, pg_catalog, pg_temp
    AS $$
DECLARE
    created boolean := false;
BEGIN
    IF team_role IS NULL OR team_role NOT IN ('drafter', 'reviewer', 'chair', 'admin') THEN
        RAISE EXCEPTION 'unknown team role "%": choose drafter, reviewer, chair or admin',
            team_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF member_name IS NULL OR member_name !~ '^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$'
       OR member_name ~ '^(pg_|paceline_)' THEN
        RAISE EXCEPTION 'unsuitable user name "%": letters, digits and _ . @ -, starting with '
            'a letter, not pg_ or paceline_', member_name
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = member_name) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', member_name);
        created := true;
    END IF;
    EXECUTE format('GRANT %I TO %I', 'paceline_' || team_role, member_name);
    RETURN created;
END $$;

-- Grants: who may touch which table at all; row-level security and the triggers above decide
-- the rest. Nobody but the owner may write the audit log, the revisions or the history.
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA paceline FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA paceline REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
GRANT USAGE ON SCHEMA paceline TO paceline_drafter, paceline_reviewer;
GRANT SELECT ON ALL TABLES IN SCHEMA paceline TO paceline_drafter, paceline_reviewer;
GRANT EXECUTE ON FUNCTION paceline.has_team_role(text), paceline.is_allowed_transition(text, text),
    paceline.case_is_closed(text), paceline.audit_hash(text, timestamptz, text, text, text, text, jsonb),
    paceline.verify_audit_log() TO paceline_drafter, paceline_reviewer;
GRANT EXECUTE ON FUNCTION paceline.add_member(text, text) TO paceline_admin;

GRANT INSERT ON paceline.list_edition TO paceline_drafter, paceline_reviewer;
GRANT DELETE ON paceline.list_edition TO paceline_admin;
GRANT INSERT, UPDATE, DELETE ON paceline.technology, paceline.milestone,
    paceline.milestone_technology, paceline.control_event, paceline.event_technology,
    paceline.event_entry TO paceline_drafter, paceline_chair;
GRANT INSERT, UPDATE ON paceline.amendment_case TO paceline_drafter, paceline_chair;
GRANT DELETE ON paceline.amendment_case TO paceline_admin;
GRANT INSERT ON paceline.case_comment TO paceline_drafter, paceline_reviewer;
GRANT UPDATE (body, suggestion, outdated, anchor_start, anchor_end, anchor_text, resolved_at,
              resolved_by) ON paceline.case_comment TO paceline_drafter, paceline_reviewer;
GRANT INSERT ON paceline.case_signoff TO paceline_reviewer;

-- Row-level security --------------------------------------------------------------------------
ALTER TABLE paceline.amendment_case ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_read ON paceline.amendment_case FOR SELECT
    TO paceline_drafter, paceline_reviewer USING (true);
CREATE POLICY case_create ON paceline.amendment_case FOR INSERT
    TO paceline_drafter, paceline_chair WITH CHECK (author = session_user AND status = 'draft');
CREATE POLICY case_edit_own ON paceline.amendment_case FOR UPDATE
    TO paceline_drafter USING (author = session_user) WITH CHECK (author = session_user);
CREATE POLICY case_move ON paceline.amendment_case FOR UPDATE
    TO paceline_chair USING (true) WITH CHECK (true);
CREATE POLICY case_remove ON paceline.amendment_case FOR DELETE
    TO paceline_admin USING (true);

ALTER TABLE paceline.case_comment ENABLE ROW LEVEL SECURITY;
CREATE POLICY comment_read ON paceline.case_comment FOR SELECT
    TO paceline_drafter, paceline_reviewer USING (true);
CREATE POLICY comment_write ON paceline.case_comment FOR INSERT
    TO paceline_drafter, paceline_reviewer WITH CHECK (author = session_user);
-- Its author rewords it; its author, the case's author or a chair resolves it.
CREATE POLICY comment_update ON paceline.case_comment FOR UPDATE
    TO paceline_drafter, paceline_reviewer
    USING (author = session_user OR paceline.has_team_role('paceline_chair')
           OR EXISTS (SELECT FROM paceline.amendment_case c
                      WHERE c.id = case_comment.case_id AND c.author = session_user));

ALTER TABLE paceline.case_signoff ENABLE ROW LEVEL SECURITY;
CREATE POLICY signoff_read ON paceline.case_signoff FOR SELECT
    TO paceline_drafter, paceline_reviewer USING (true);
CREATE POLICY signoff_own ON paceline.case_signoff FOR INSERT
    TO paceline_reviewer WITH CHECK (reviewer = session_user);
)SQL";
}

} // namespace paceline
