#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QList>

namespace Stratus::Cli {

// `stratus`: finds the command named by the first words of the command line and runs it;
// prints the top-level help and the usage errors.
class Cli : public QObject
{
    Q_OBJECT
public:
    explicit Cli(QObject *parent = nullptr);

    int run(const QStringList &arguments); // without the program name

private:
    QString helpText(const QString &group) const;
    Command *find(const QStringList &arguments) const;

    QList<Command *> m_commands;
};

} // namespace Stratus::Cli
