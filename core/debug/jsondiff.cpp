#include "jsondiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <vector>

namespace Stratus {

namespace {

constexpr qsizetype MaxLcsCells = 4'000'000; // a line diff beyond this compares lines by position

} // namespace

bool JsonDiff::parse(const QByteArray &text, QJsonValue *value)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    // Wrapped in an array, so that scalars parse as well as objects and arrays.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + trimmed + "]", &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return false;
    *value = doc.array().first();
    return true;
}

QString JsonDiff::compact(const QJsonValue &value)
{
    if (value.isUndefined())
        return tr("(nothing)");
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

QString JsonDiff::childPath(const QString &path, const QString &key)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (identifier.match(key).hasMatch())
        return path + QLatin1Char('.') + key;
    return path + QLatin1Char('[') + compact(QJsonValue(key)) + QLatin1Char(']');
}

QString JsonDiff::Change::toString() const
{
    switch (kind) {
    case Kind::Added:
        //: %1: where in the JSON value ("$.items[0]"), %2: the value added there
        return JsonDiff::tr("%1: added %2").arg(path, compact(after));
    case Kind::Removed:
        //: %1: where in the JSON value ("$.items[0]"), %2: the value removed there
        return JsonDiff::tr("%1: removed %2").arg(path, compact(before));
    case Kind::Changed:
        break;
    }
    return QStringLiteral("%1: %2 → %3").arg(path, compact(before), compact(after));
}

JsonDiff JsonDiff::compare(const QByteArray &before, const QByteArray &after)
{
    JsonDiff d;
    QJsonValue a;
    QJsonValue b;
    if (parse(before, &a) && parse(after, &b)) {
        d.m_json = true;
        d.walk(QStringLiteral("$"), a, b);
        return d;
    }
    d.m_identicalText = before == after;
    d.diffLines(QString::fromUtf8(before), QString::fromUtf8(after));
    return d;
}

void JsonDiff::walk(const QString &path, const QJsonValue &a, const QJsonValue &b)
{
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        for (auto it = x.begin(); it != x.end(); ++it) {
            const QString child = childPath(path, it.key());
            if (!y.contains(it.key()))
                m_changes.append(
                    {Change::Kind::Removed, child, it.value(), QJsonValue(QJsonValue::Undefined)});
            else
                walk(child, it.value(), y.value(it.key()));
        }
        for (auto it = y.begin(); it != y.end(); ++it) {
            if (!x.contains(it.key()))
                m_changes.append({Change::Kind::Added, childPath(path, it.key()),
                                  QJsonValue(QJsonValue::Undefined), it.value()});
        }
        return;
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        const qsizetype common = std::min(x.size(), y.size());
        for (qsizetype i = 0; i < common; ++i)
            walk(QStringLiteral("%1[%2]").arg(path).arg(i), x.at(i), y.at(i));
        for (qsizetype i = common; i < x.size(); ++i)
            m_changes.append({Change::Kind::Removed, QStringLiteral("%1[%2]").arg(path).arg(i), x.at(i),
                              QJsonValue(QJsonValue::Undefined)});
        for (qsizetype i = common; i < y.size(); ++i)
            m_changes.append({Change::Kind::Added, QStringLiteral("%1[%2]").arg(path).arg(i),
                              QJsonValue(QJsonValue::Undefined), y.at(i)});
        return;
    }
    if (a != b)
        m_changes.append({Change::Kind::Changed, path, a, b});
}

void JsonDiff::diffLines(const QString &before, const QString &after)
{
    const QStringList x = before.split(QLatin1Char('\n'));
    const QStringList y = after.split(QLatin1Char('\n'));
    const qsizetype n = x.size();
    const qsizetype m = y.size();
    if (n * m > MaxLcsCells) {
        for (qsizetype i = 0; i < std::max(n, m); ++i) {
            if (i < n && i < m && x[i] == y[i]) {
                m_lines.append({Line::Kind::Same, x[i]});
                continue;
            }
            if (i < n)
                m_lines.append({Line::Kind::Removed, x[i]});
            if (i < m)
                m_lines.append({Line::Kind::Added, y[i]});
        }
        return;
    }
    // Longest common subsequence, then walk it from the start.
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = x[i] == y[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && x[i] == y[j]) {
            m_lines.append({Line::Kind::Same, x[i]});
            ++i;
            ++j;
        } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
            m_lines.append({Line::Kind::Removed, x[i++]}); // what went before what came instead
        } else {
            m_lines.append({Line::Kind::Added, y[j++]});
        }
    }
}

QStringList JsonDiff::changedPaths() const
{
    QStringList paths;
    for (const Change &c : m_changes)
        paths << c.path;
    return paths;
}

QString JsonDiff::summary() const
{
    if (identical())
        return tr("identical");
    QStringList out;
    if (m_json) {
        for (const Change &c : m_changes)
            out << c.toString();
    } else {
        for (const Line &l : m_lines) {
            if (l.kind == Line::Kind::Added)
                out << QStringLiteral("+ ") + l.text;
            else if (l.kind == Line::Kind::Removed)
                out << QStringLiteral("- ") + l.text;
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace Stratus
