#include "SyntheticCorpus.h"

#include "lists/ListJsonWriter.h"

#include <QDir>
#include <QFile>

namespace paceline::bench {

namespace {

// Words of the kind the real list uses, so that FTS and diff work on realistic tokens.
const char* const kWords[] = {
    "systems",
    "equipment",
    "components",
    "specially",
    "designed",
    "modified",
    "for",
    "the",
    "having",
    "any",
    "of",
    "following",
    "characteristics",
    "software",
    "technology",
    "development",
    "production",
    "use",
    "frequency",
    "exceeding",
    "less",
    "than",
    "or",
    "and",
    "controlled",
    "by",
    "see",
    "related",
    "items",
    "including",
    "an",
    "operating",
    "temperature",
    "range",
    "power",
    "output",
    "bandwidth",
    "resolution",
    "accuracy",
    "capable",
    "sensor",
    "laser",
    "receiver",
    "antenna",
    "encryption",
    "cryptographic",
    "functionality",
    "network",
    "surveillance",
    "intrusion",
    "command",
    "control",
    "delivery",
    "generation",
    "wafer",
    "lithography",
    "mask",
    "semiconductor",
    "substrate",
    "vacuum",
    "chamber",
    "deposition",
    "aircraft",
    "propulsion",
    "turbine",
    "engine",
    "navigation",
    "inertial",
    "gyroscope",
    "accelerometer",
    "marine",
    "submersible",
    "composite",
    "fibre",
    "material",
    "alloy",
    "nuclear",
    "reactor",
    "isotope",
    "separation",
    "GHz",
    "MHz",
    "nm",
    "dB",
    "W",
    "mm",
    "kg",
    "per",
    "second",
    "with",
    "within",
};
const char* const kTerms[] = {"\"specially designed\"", "\"technology\"",  "\"software\"",
                              "\"intrusion software\"", "\"development\"", "\"production\""};
const char kGroups[] = {'A', 'B', 'C', 'D', 'E'};

// Deterministic hash of a few integers: the corpus is the same on every run.
quint64 mix(quint64 a, quint64 b = 0, quint64 c = 0)
{
    quint64 h = 0x9E3779B97F4A7C15ULL ^ (a * 0xBF58476D1CE4E5B9ULL);
    h ^= b + 0x94D049BB133111EBULL + (h << 6) + (h >> 2);
    h ^= c + 0x2545F4914F6CDD1DULL + (h << 6) + (h >> 2);
    h ^= h >> 31;
    h *= 0xD6E8FEB86659FD93ULL;
    h ^= h >> 32;
    return h;
}

QString sentence(quint64 seed, int minWords, int maxWords)
{
    const int n =
        minWords + static_cast<int>(mix(seed, 1) % static_cast<quint64>(maxWords - minWords + 1));
    QStringList words;
    for (int i = 0; i < n; ++i) {
        const quint64 h = mix(seed, 2, static_cast<quint64>(i));
        words << (h % 11 == 0 ? QLatin1String(kTerms[h % std::size(kTerms)])
                              : QLatin1String(kWords[h % std::size(kWords)]));
        if (h % 17 == 0)
            words.last() += QStringLiteral(" %1").arg(h % 500);
    }
    QString s = words.join(QLatin1Char(' '));
    s[0] = s[0].toUpper();
    return s + QLatin1Char('.');
}

// Version of a node's text in edition k: how many editions up to k touched it.
int textVersion(int nodeSeed, int edition)
{
    int v = 0;
    for (int j = 1; j <= edition; ++j)
        if (mix(static_cast<quint64>(nodeSeed), static_cast<quint64>(j), 77) % 1000 < 8)
            ++v; // about 0.8 % of nodes change per edition
    return v;
}

QString versioned(const QString& text, int nodeSeed, int version)
{
    if (version == 0)
        return text;
    QStringList words = text.split(QLatin1Char(' '));
    for (int v = 1; v <= version; ++v) {
        const quint64 h = mix(static_cast<quint64>(nodeSeed), static_cast<quint64>(v), 99);
        words[static_cast<int>(h % static_cast<quint64>(words.size()))] =
            QLatin1String(kWords[h % std::size(kWords)]);
    }
    return words.join(QLatin1Char(' '));
}

void addEntry(ListDocument& doc, const QString& group, const QString& code, int entrySeed,
              int edition, int budget)
{
    auto text = [&](int seed, int lo, int hi) {
        return versioned(sentence(static_cast<quint64>(seed), lo, hi), seed,
                         textVersion(seed, edition));
    };
    ListNode entry;
    entry.code = code;
    entry.parentCode = group;
    entry.kind = NodeKind::Entry;
    entry.title = text(entrySeed, 8, 30);
    entry.reasons = mix(static_cast<quint64>(entrySeed), 5) % 3
                        ? QStringList{QStringLiteral("NS"), QStringLiteral("AT")}
                        : QStringList{QStringLiteral("AT")};
    entry.attributes = {{QStringLiteral("related_controls"), text(entrySeed + 1, 5, 25)},
                        {QStringLiteral("related_definitions"), QStringLiteral("N/A")}};
    doc.nodes.append(entry);
    int made = 1;
    for (int a = 0; made < budget && a < 26; ++a) {
        const QString itemCode = code + QLatin1Char('.') + QChar(u'a' + a);
        doc.nodes.append({itemCode,
                          code,
                          NodeKind::Item,
                          QStringLiteral("%1.").arg(QChar(u'a' + a)),
                          {},
                          text(entrySeed * 31 + a, 6, 40),
                          {},
                          {}});
        ++made;
        for (int b = 1; made < budget && b <= 3 &&
                        mix(static_cast<quint64>(entrySeed), static_cast<quint64>(a),
                            static_cast<quint64>(b)) %
                            3;
             ++b) {
            const QString sub = itemCode + QLatin1Char('.') + QString::number(b);
            doc.nodes.append({sub,
                              itemCode,
                              NodeKind::Item,
                              QStringLiteral("%1.%2.").arg(QChar(u'a' + a)).arg(b),
                              {},
                              text(entrySeed * 97 + a * 7 + b, 6, 35),
                              {},
                              {}});
            ++made;
        }
        if (made < budget &&
            mix(static_cast<quint64>(entrySeed), static_cast<quint64>(a), 3) % 6 == 0) {
            doc.nodes.append({code + QStringLiteral("~%1").arg(a + 1),
                              code,
                              NodeKind::Note,
                              {},
                              {},
                              QStringLiteral("Note: ") + text(entrySeed * 13 + a, 10, 45),
                              {},
                              {}});
            ++made;
        }
    }
}

} // namespace

ListDocument makeSyntheticEdition(const QString& listKey, int editionIndex, int nodeCount)
{
    ListDocument doc;
    doc.regimeKey = QStringLiteral("synthetic");
    doc.regimeName = QStringLiteral("Synthetic regime");
    doc.listKey = listKey;
    doc.listName = QStringLiteral("Synthetic list ") + listKey;
    doc.editionLabel = QStringLiteral("Edition %1").arg(editionIndex, 3, 10, QLatin1Char('0'));
    doc.editionDate = PartialDate(2000 + editionIndex / 4, 1 + (editionIndex % 4) * 3, 1,
                                  PartialDate::Precision::Month);
    doc.nodes.reserve(nodeCount + 64);
    for (int c = 0; c < 10; ++c) {
        doc.nodes.append({QString::number(c),
                          {},
                          NodeKind::Category,
                          {},
                          sentence(static_cast<quint64>(c), 3, 8),
                          {},
                          {},
                          {}});
        for (char g : kGroups)
            doc.nodes.append({QStringLiteral("%1%2").arg(c).arg(QLatin1Char(g)),
                              QString::number(c),
                              NodeKind::Group,
                              QStringLiteral("%1.").arg(QLatin1Char(g)),
                              sentence(static_cast<quint64>(c * 10 + g), 3, 10),
                              {},
                              {},
                              {}});
    }
    // Entries are spread over the groups; each gets about 11 nodes like the real list.
    for (int e = 0; doc.nodes.size() < nodeCount; ++e) {
        const int category = e % 10;
        const char group = kGroups[(e / 10) % 5];
        const QString code = QStringLiteral("%1%2%3")
                                 .arg(category)
                                 .arg(QLatin1Char(group))
                                 .arg(e / 50, 3, 10, QLatin1Char('0'));
        const int seed = e + 1000;
        // About 1 % of entries are added in a later edition, 1 % removed in one.
        const quint64 h = mix(static_cast<quint64>(seed), 11);
        if (h % 100 == 0 && editionIndex < static_cast<int>((h >> 8) % 100))
            continue;
        if (h % 100 == 1 && editionIndex >= static_cast<int>((h >> 8) % 100))
            continue;
        const int budget =
            std::min(static_cast<int>(nodeCount - doc.nodes.size()), 4 + static_cast<int>(h % 15));
        addEntry(doc, QStringLiteral("%1%2").arg(category).arg(QLatin1Char(group)), code, seed,
                 editionIndex, budget);
    }
    doc.terms = {
        {QStringLiteral("specially designed"), sentence(1, 20, 40), {}},
        {QStringLiteral("technology"), sentence(2, 15, 30), {}},
        {QStringLiteral("intrusion software"), sentence(3, 20, 40), QStringLiteral("Cat 4")}};
    return doc;
}

QStringList writeSyntheticCorpus(const QString& dir, int editions, int nodesPerEdition)
{
    QDir().mkpath(dir);
    QStringList paths;
    for (int k = 0; k < editions; ++k) {
        const QString path = QDir(dir).filePath(
            QStringLiteral("synthetic-%1.paceline.json").arg(k, 3, 10, QLatin1Char('0')));
        QFile f(path);
        if (!f.exists()) {
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(path));
            f.write(writeListJson(
                makeSyntheticEdition(QStringLiteral("synthetic"), k, nodesPerEdition)));
        }
        paths << path;
    }
    return paths;
}

} // namespace paceline::bench
