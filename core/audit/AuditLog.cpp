#include "AuditLog.h"

#include "storage/Database.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace paceline {

namespace {
const QString kGenesis = QString(64, QLatin1Char('0'));
}

QString AuditLog::hashRow(const QString& prevHash, const QString& at, const QString& actor,
                          const QString& entity, const QString& entityId, const QString& action,
                          const QString& detail)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString* part : {&prevHash, &at, &actor, &entity, &entityId, &action, &detail}) {
        const QByteArray utf8 = part->toUtf8();
        // Length-prefixed so that field boundaries cannot be shifted without changing the hash.
        hash.addData(QByteArray::number(utf8.size()) + ':');
        hash.addData(utf8);
    }
    return QString::fromLatin1(hash.result().toHex());
}

Status AuditLog::append(const AuditEntry& entry)
{
    auto last = m_db.prepare("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
    if (!last)
        return last.error();
    auto row = last->step();
    if (!row)
        return row.error();
    const QString prev = row.value() ? last->text(0) : kGenesis;
    const QString at = entry.at.isEmpty() ? nowUtcIso() : entry.at;
    const QString detail =
        QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact));
    const QString hash =
        hashRow(prev, at, entry.actor, entry.entity, entry.entityId, entry.action, detail);

    auto insert =
        m_db.prepare("INSERT INTO audit_log (at, actor, entity, entity_id, action, detail, "
                     "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert)
        return insert.error();
    insert->bind(1, at).bind(2, entry.actor).bind(3, entry.entity).bind(4, entry.entityId);
    insert->bind(5, entry.action).bind(6, detail).bind(7, prev).bind(8, hash);
    return insert->run();
}

Result<AuditVerification> AuditLog::verify()
{
    auto q =
        m_db.prepare("SELECT id, at, actor, entity, entity_id, action, detail, prev_hash, hash "
                     "FROM audit_log ORDER BY id");
    if (!q)
        return q.error();
    AuditVerification result;
    QString prev = kGenesis;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        ++result.rows;
        const qint64 id = q->integer(0);
        if (q->text(7) != prev) {
            result.firstBrokenRow = id;
            result.problem = QStringLiteral("row %1 does not follow the row before it (a row was "
                                            "removed or inserted)")
                                 .arg(id);
            return result;
        }
        const QString expected =
            hashRow(prev, q->text(1), q->text(2), q->text(3), q->text(4), q->text(5), q->text(6));
        if (expected != q->text(8)) {
            result.firstBrokenRow = id;
            result.problem = QStringLiteral("row %1 was changed after it was written").arg(id);
            return result;
        }
        prev = q->text(8);
    }
    return result;
}

} // namespace paceline
