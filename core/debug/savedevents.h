#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Stratus {

// One saved test event of a function: its input, and the output it is expected to give.
struct SavedEvent
{
    QString function;
    QString name;
    QString inputPath;    // PROJECT/events/FUNCTION/NAME.json
    QString expectedPath; // PROJECT/events/FUNCTION/NAME.expected.json
    QByteArray input;
    std::optional<QByteArray> expected;
};

// A project's saved test events (docs/debugger.md, "Saved test events"): files in git beside
// the sources, the input byte for byte in events/FUNCTION/NAME.json and the expected output in
// events/FUNCTION/NAME.expected.json. Blocking file access: small files, but off the GUI
// thread all the same where a panel lists many.
class SavedEvents
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::SavedEvents)

public:
    explicit SavedEvents(QString projectDir) : m_projectDir(std::move(projectDir)) {}

    static constexpr char Folder[] = "events";
    static Status checkName(const QString &name); // letters, digits, '-', '_', '.'; not "x.expected"

    QString directory(const QString &function) const;
    // Writes the input, and the expected output when there is one (else removes a stale one).
    Result<SavedEvent> save(const QString &function, const QString &name, const QByteArray &input,
                            const std::optional<QByteArray> &expected) const;
    Status saveExpected(const QString &function, const QString &name, const QByteArray &output) const;
    Result<SavedEvent> load(const QString &function, const QString &name) const;
    // By name; an error names a file that cannot be read.
    Result<QList<SavedEvent>> list(const QString &function) const;

private:
    QString m_projectDir;
};

} // namespace Stratus
