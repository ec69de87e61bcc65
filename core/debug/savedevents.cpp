#include "savedevents.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace Stratus {

namespace {

const QString InputSuffix = QStringLiteral(".json");
const QString ExpectedSuffix = QStringLiteral(".expected.json");

Status write(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return makeError(QCoreApplication::translate("Stratus::SavedEvents", "cannot create the folder %1")
                             .arg(QFileInfo(path).path()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(QCoreApplication::translate("Stratus::SavedEvents", "cannot write %1: %2")
                             .arg(path, file.errorString()));
    return Ok{};
}

Result<QByteArray> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("Stratus::SavedEvents", "cannot read %1: %2")
                             .arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

Status SavedEvents::checkName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    if (!pattern.match(name).hasMatch())
        return makeError(
            QStringLiteral("\"%1\" is not a valid test event name: use letters, digits, '-', '_' and "
                           "'.', starting with a letter or digit, at most 100")
                .arg(name));
    if (name.endsWith(QLatin1String(".expected")) || name.endsWith(QLatin1String(".json")))
        return makeError(
            QStringLiteral("\"%1\" is not a valid test event name: it may not end in .expected or .json")
                .arg(name));
    return Ok{};
}

QString SavedEvents::directory(const QString &function) const
{
    return QDir(m_projectDir).filePath(QLatin1String(Folder) + QLatin1Char('/') + function);
}

Result<SavedEvent> SavedEvents::save(const QString &function, const QString &name, const QByteArray &input,
                                     const std::optional<QByteArray> &expected) const
{
    if (Status s = checkName(name); !s)
        return s.error();
    SavedEvent e;
    e.function = function;
    e.name = name;
    e.inputPath = directory(function) + QLatin1Char('/') + name + InputSuffix;
    e.expectedPath = directory(function) + QLatin1Char('/') + name + ExpectedSuffix;
    e.input = input;
    e.expected = expected;
    if (Status s = write(e.inputPath, input); !s)
        return s.error();
    if (expected) {
        if (Status s = write(e.expectedPath, *expected); !s)
            return s.error();
    } else if (QFile::exists(e.expectedPath) && !QFile::remove(e.expectedPath)) {
        return makeError(tr("cannot remove the stale %1").arg(e.expectedPath));
    }
    return e;
}

Status SavedEvents::saveExpected(const QString &function, const QString &name, const QByteArray &output) const
{
    if (Status s = checkName(name); !s)
        return s;
    return write(directory(function) + QLatin1Char('/') + name + ExpectedSuffix, output);
}

Result<SavedEvent> SavedEvents::load(const QString &function, const QString &name) const
{
    if (Status s = checkName(name); !s)
        return s.error();
    SavedEvent e;
    e.function = function;
    e.name = name;
    e.inputPath = directory(function) + QLatin1Char('/') + name + InputSuffix;
    e.expectedPath = directory(function) + QLatin1Char('/') + name + ExpectedSuffix;
    if (!QFile::exists(e.inputPath))
        return makeError(
            QStringLiteral("%1 has no saved event %2 (no file %3)").arg(function, name, e.inputPath));
    auto input = read(e.inputPath);
    if (!input)
        return input.error();
    e.input = *input;
    if (QFile::exists(e.expectedPath)) {
        auto expected = read(e.expectedPath);
        if (!expected)
            return expected.error();
        e.expected = *expected;
    }
    return e;
}

Result<QList<SavedEvent>> SavedEvents::list(const QString &function) const
{
    QList<SavedEvent> events;
    const QDir dir(directory(function));
    const QStringList files = dir.entryList({QLatin1Char('*') + InputSuffix}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (file.endsWith(ExpectedSuffix))
            continue;
        auto e = load(function, file.chopped(InputSuffix.size()));
        if (!e)
            return e.error();
        events << *e;
    }
    return events;
}

} // namespace Stratus
