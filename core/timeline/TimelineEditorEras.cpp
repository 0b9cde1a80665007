// The eras part of TimelineEditor: the same one-transaction, checked, audited edits as the
// other tables, on EraStore.
#include "TimelineEditor.h"

#include "timeline/EraStore.h"

namespace paceline {

namespace {

constexpr const char kSelectEraIds[] = "SELECT ext_id FROM era";

QJsonObject toJson(const Era& e)
{
    return {{QStringLiteral("label"), e.label},
            {QStringLiteral("start_date"), e.start.toIsoString()},
            {QStringLiteral("end_date"), e.isOpen() ? QString() : e.end.toIsoString()},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("source_url"), e.sourceUrl}};
}

Status toStatus(const Result<qint64>& r)
{
    return r ? Status() : Status(r.error());
}

} // namespace

Status TimelineEditor::checkEra(const Era& e)
{
    if (Status s = paceline::checkEra(e); !s)
        return s;
    auto taken = EraStore(m_db).extIdTaken(e.extId, e.id);
    if (!taken)
        return taken.error();
    if (taken.value())
        return badInput(QStringLiteral("\"%1\" is already an era's id").arg(e.extId),
                        QStringLiteral("era_id"));
    return {};
}

Result<qint64> TimelineEditor::addEra(const Era& e)
{
    const Era r = normalised(e);
    return runEdit([&] { return checkEra(r); }, [&] { return EraStore(m_db).insert(r); },
                   QStringLiteral("era"), r.extId, QStringLiteral("create"), toJson(r));
}

Status TimelineEditor::updateEra(const Era& e)
{
    const Era r = normalised(e);
    const auto write = [&]() -> Result<qint64> {
        if (Status s = EraStore(m_db).update(r); !s)
            return s.error();
        return r.id;
    };
    return toStatus(runEdit([&] { return checkEra(r); }, write, QStringLiteral("era"), r.extId,
                            QStringLiteral("edit"), toJson(r)));
}

Status TimelineEditor::deleteEra(qint64 id)
{
    EraStore store(m_db);
    auto ext = store.extIdOf(id);
    if (!ext)
        return ext.error();
    const auto write = [&]() -> Result<qint64> {
        if (Status s = store.remove(id); !s)
            return s.error();
        return id;
    };
    return toStatus(runEdit([] { return Status(); }, write, QStringLiteral("era"), ext.value(),
                            QStringLiteral("delete"), {}));
}

Result<QString> TimelineEditor::nextEraId()
{
    return nextId(kSelectEraIds, QStringLiteral("ERA-"), 2);
}

} // namespace paceline
