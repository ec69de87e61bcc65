#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stratus {

// What differs between two results (docs/debugger.md, "Replaying an event"). When both
// sides are JSON the comparison is structural: key order and number spelling do not
// matter, and each difference names its path ($.result, $.items[2], $["a b"]). Otherwise
// it is a line diff of the two texts.
class JsonDiff
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::JsonDiff)

public:
    struct Change
    {
        enum class Kind { Changed, Added, Removed };
        Kind kind = Kind::Changed;
        QString path;
        QJsonValue before;        // undefined when Added
        QJsonValue after;         // undefined when Removed
        QString toString() const; // $.result: "fizz" → "buzz"
    };
    struct Line
    {
        enum class Kind { Same, Added, Removed };
        Kind kind = Kind::Same;
        QString text;
    };

    static JsonDiff compare(const QByteArray &before, const QByteArray &after);

    bool isJson() const { return m_json; }
    bool identical() const { return m_json ? m_changes.isEmpty() : m_identicalText; }
    QList<Change> changes() const { return m_changes; } // JSON only
    QList<Line> lines() const { return m_lines; }       // text only: the whole of both, in order
    QStringList changedPaths() const;
    // One line per difference ("+ line"/"- line" for text); "identical" when there is none.
    QString summary() const;

    // A JSON value of any kind from text (objects, arrays, and scalars like 15 or "fizz").
    static bool parse(const QByteArray &text, QJsonValue *value);
    static QString compact(const QJsonValue &value);
    static QString childPath(const QString &path, const QString &key);

private:
    void walk(const QString &path, const QJsonValue &a, const QJsonValue &b);
    void diffLines(const QString &before, const QString &after);

    bool m_json = false;
    bool m_identicalText = false;
    QList<Change> m_changes;
    QList<Line> m_lines;
};

} // namespace Stratus
