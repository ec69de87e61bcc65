#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace Stratus {

// Makes a new project from a template folder (a bundled example): copies its files, names
// the project after the new folder and puts it under git. Blocking file work: call it on a
// worker thread.
class ProjectTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::ProjectTemplate)

public:
    static Status create(const QString &templateDir, const QString &projectDir);
};

} // namespace Stratus
