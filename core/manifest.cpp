#include "manifest.h"

#include "jsonlocator.h"
#include "registryentry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Stratus {

namespace {

// Collects every problem with its place, so one run of `stratus` shows them all.
class ManifestReader
{
    // Its messages are the manifest's: one context for translators.
    Q_DECLARE_TR_FUNCTIONS(Stratus::Manifest)

public:
    ManifestReader(const QByteArray &text, const QString &filePath) : m_locator(text), m_file(filePath) {}

    void fail(const QString &path, const QString &what)
    {
        const int line = m_locator.lineOf(path);
        QString place = m_file;
        if (line > 0)
            place += QStringLiteral(":%1").arg(line);
        m_errors << (path.isEmpty() ? QStringLiteral("%1: %2").arg(place, what)
                                    : QStringLiteral("%1: %2: %3").arg(place, path, what));
    }

    void checkKeys(const QJsonObject &object, const QString &path, const QStringList &known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                fail(join(path, it.key()),
                     tr("unknown key (known keys: %1)").arg(known.join(QStringLiteral(", "))));
        }
    }

    QString string(const QJsonObject &object, const QString &path, const QString &key, bool required,
                   const QString &fallback = {})
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(join(path, key), tr("is required"));
            return fallback;
        }
        if (!v.isString() || (required && v.toString().isEmpty())) {
            fail(join(path, key), tr("must be a non-empty string"));
            return fallback;
        }
        return v.toString();
    }

    qint64 integer(const QJsonObject &object, const QString &path, const QString &key, qint64 fallback,
                   qint64 min, qint64 max)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(-1.0);
        if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max)) {
            fail(join(path, key), tr("must be an integer from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return qint64(d);
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    QStringList errors() const { return m_errors; }

private:
    JsonLocator m_locator;
    QString m_file;
    QStringList m_errors;
};

const QRegularExpression &namePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
    return re;
}

// NATS subjects: dot-separated tokens, no spaces; wildcards are not triggers.
bool isValidSubject(const QString &subject)
{
    static const QRegularExpression re(QStringLiteral("^[^.\\s*>]+(\\.[^.\\s*>]+)*$"));
    return re.match(subject).hasMatch();
}

void readDebug(ManifestReader &r, const QJsonValue &debug, const QString &path, DebugSettings &d)
{
    if (debug.isUndefined())
        return;
    if (!debug.isObject()) {
        r.fail(path,
               QCoreApplication::translate("Stratus::Manifest", "must be an object {runtime, port, waitMs}"));
        return;
    }
    const QJsonObject o = debug.toObject();
    r.checkKeys(o, path, {QStringLiteral("runtime"), QStringLiteral("port"), QStringLiteral("waitMs")});
    const QStringList runtimes{QStringLiteral("python-debugpy"), QStringLiteral("node"),
                               QStringLiteral("gdbserver")};
    d.runtime = r.string(o, path, QStringLiteral("runtime"), true);
    if (d.runtime == QLatin1String("python-pdb"))
        r.fail(ManifestReader::join(path, QStringLiteral("runtime")),
               QCoreApplication::translate(
                   "Stratus::Manifest",
                   "python-pdb is not supported: pdb reads its commands from stdin, which "
                   "carries the event; use python-debugpy"));
    else if (!d.runtime.isEmpty() && !runtimes.contains(d.runtime))
        r.fail(ManifestReader::join(path, QStringLiteral("runtime")),
               QCoreApplication::translate("Stratus::Manifest", "must be one of %1, not \"%2\"")
                   .arg(runtimes.join(QStringLiteral(", ")), d.runtime));
    d.port = int(r.integer(o, path, QStringLiteral("port"), d.port, 1, 65535));
    d.waitMs = int(r.integer(o, path, QStringLiteral("waitMs"), d.waitMs, 100, 24 * 3600 * 1000));
}

void readRecording(ManifestReader &r, const QJsonValue &recording, RecordingSettings &s)
{
    if (recording.isUndefined())
        return;
    const QString path = QStringLiteral("recording");
    if (!recording.isObject()) {
        r.fail(path, QCoreApplication::translate("Stratus::Manifest",
                                                 "must be an object {maxBytes, maxAgeSeconds, maxMessages}"));
        return;
    }
    const QJsonObject o = recording.toObject();
    r.checkKeys(o, path,
                {QStringLiteral("maxBytes"), QStringLiteral("maxAgeSeconds"), QStringLiteral("maxMessages")});
    s.maxBytes = r.integer(o, path, QStringLiteral("maxBytes"), s.maxBytes, 1024 * 1024, qint64(1) << 40);
    s.maxAgeSeconds =
        r.integer(o, path, QStringLiteral("maxAgeSeconds"), s.maxAgeSeconds, 0, qint64(10) * 365 * 86400);
    s.maxMessages = r.integer(o, path, QStringLiteral("maxMessages"), s.maxMessages, -1, qint64(1) << 40);
    if (s.maxMessages == 0)
        r.fail(
            ManifestReader::join(path, QStringLiteral("maxMessages")),
            QCoreApplication::translate("Stratus::Manifest", "must be -1 (no limit) or a positive number"));
}

FunctionSpec readFunction(ManifestReader &r, const QJsonObject &o, const QString &path,
                          const QString &projectDir)
{
    r.checkKeys(o, path,
                {QStringLiteral("name"), QStringLiteral("command"), QStringLiteral("args"),
                 QStringLiteral("workdir"), QStringLiteral("trigger"), QStringLiteral("output"),
                 QStringLiteral("group"), QStringLiteral("replicas"), QStringLiteral("mode"),
                 QStringLiteral("timeoutMs"), QStringLiteral("maxConcurrency"), QStringLiteral("maxQueue"),
                 QStringLiteral("maxOutputBytes"), QStringLiteral("env"), QStringLiteral("debug"),
                 QStringLiteral("description")});
    FunctionSpec f;
    f.name = r.string(o, path, QStringLiteral("name"), true);
    if (!f.name.isEmpty() && !namePattern().match(f.name).hasMatch())
        r.fail(ManifestReader::join(path, QStringLiteral("name")),
               QCoreApplication::translate(
                   "Stratus::Manifest", "'%1' is not a valid name (letters, digits, '-' and '_', at most 64)")
                   .arg(f.name));
    f.command = r.string(o, path, QStringLiteral("command"), true);

    const QJsonValue args = o.value(QStringLiteral("args"));
    if (!args.isUndefined()) {
        if (!args.isArray()) {
            r.fail(ManifestReader::join(path, QStringLiteral("args")),
                   QCoreApplication::translate("Stratus::Manifest", "must be an array of strings"));
        } else {
            const QJsonArray array = args.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!array[i].isString())
                    r.fail(QStringLiteral("%1.args[%2]").arg(path).arg(i),
                           QCoreApplication::translate("Stratus::Manifest", "must be a string"));
                else
                    f.args << array[i].toString();
            }
        }
    }

    const QString workdir = r.string(o, path, QStringLiteral("workdir"), false, QStringLiteral("."));
    f.workingDir = QDir::cleanPath(QDir(projectDir).absoluteFilePath(workdir));

    f.trigger = r.string(o, path, QStringLiteral("trigger"), false, QStringLiteral("fn.") + f.name);
    if (!isValidSubject(f.trigger))
        r.fail(
            ManifestReader::join(path, QStringLiteral("trigger")),
            QCoreApplication::translate("Stratus::Manifest", "'%1' is not a NATS subject without wildcards")
                .arg(f.trigger));
    f.output = r.string(o, path, QStringLiteral("output"), false);
    if (!f.output.isEmpty() && !isValidSubject(f.output))
        r.fail(
            ManifestReader::join(path, QStringLiteral("output")),
            QCoreApplication::translate("Stratus::Manifest", "'%1' is not a NATS subject without wildcards")
                .arg(f.output));
    f.group = r.string(o, path, QStringLiteral("group"), false, f.name);

    f.replicas = int(r.integer(o, path, QStringLiteral("replicas"), 1, 0, 64));
    const QString mode = r.string(o, path, QStringLiteral("mode"), false, QStringLiteral("cold"));
    if (mode == QLatin1String("warm"))
        f.mode = FunctionSpec::Mode::Warm;
    else if (mode != QLatin1String("cold"))
        r.fail(ManifestReader::join(path, QStringLiteral("mode")),
               QCoreApplication::translate("Stratus::Manifest", "must be \"cold\" or \"warm\", not \"%1\"")
                   .arg(mode));
    f.timeoutMs = int(r.integer(o, path, QStringLiteral("timeoutMs"), f.timeoutMs, 1, 24 * 3600 * 1000));
    f.maxConcurrency = int(r.integer(o, path, QStringLiteral("maxConcurrency"), f.maxConcurrency, 1, 1024));
    f.maxQueue = int(r.integer(o, path, QStringLiteral("maxQueue"), f.maxQueue, 0, 1000000));
    f.maxOutputBytes =
        r.integer(o, path, QStringLiteral("maxOutputBytes"), f.maxOutputBytes, 1, qint64(1) << 30);

    const QJsonValue env = o.value(QStringLiteral("env"));
    if (!env.isUndefined()) {
        if (!env.isObject()) {
            r.fail(ManifestReader::join(path, QStringLiteral("env")),
                   QCoreApplication::translate("Stratus::Manifest", "must be an object of strings"));
        } else {
            const QJsonObject envObject = env.toObject();
            for (auto it = envObject.begin(); it != envObject.end(); ++it) {
                if (!it.value().isString())
                    r.fail(QStringLiteral("%1.env.%2").arg(path, it.key()),
                           QCoreApplication::translate("Stratus::Manifest", "must be a string"));
                else
                    f.env.insert(it.key(), it.value().toString());
            }
        }
    }
    readDebug(r, o.value(QStringLiteral("debug")), ManifestReader::join(path, QStringLiteral("debug")),
              f.debug);
    return f;
}

// The registry's own rules (RegistryEntry), so what the manifest accepts the registry takes.
void readServices(ManifestReader &r, const QJsonValue &services, Manifest &m)
{
    if (services.isUndefined())
        return;
    if (!services.isArray()) {
        r.fail(QStringLiteral("services"),
               QCoreApplication::translate("Stratus::Manifest", "must be an array of {id, name, topic}"));
        return;
    }
    const QJsonArray array = services.toArray();
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("services[%1]").arg(i);
        if (!array[i].isObject()) {
            r.fail(path,
                   QCoreApplication::translate("Stratus::Manifest", "must be an object {id, name, topic}"));
            continue;
        }
        const QJsonObject o = array[i].toObject();
        const QList<RegistryEntry::Problem> problems = RegistryEntry::serviceProblems(o);
        for (const RegistryEntry::Problem &problem : problems)
            r.fail(ManifestReader::join(path, problem.field), problem.message);
        const ServiceSpec service = ServiceSpec::fromJson(o);
        if (!service.id.isEmpty() && ids.contains(service.id))
            r.fail(
                ManifestReader::join(path, QStringLiteral("id")),
                QCoreApplication::translate("Stratus::Manifest", "'%1' is declared twice").arg(service.id));
        ids.insert(service.id);
        if (problems.isEmpty())
            m.services << service;
    }
}

FlowSpec readFlow(ManifestReader &r, const QJsonObject &o, const QString &path, const QString &projectDir)
{
    r.checkKeys(o, path,
                {QStringLiteral("name"), QStringLiteral("file"), QStringLiteral("trigger"),
                 QStringLiteral("group"), QStringLiteral("replicas"), QStringLiteral("maxConcurrency"),
                 QStringLiteral("maxQueue"), QStringLiteral("record"), QStringLiteral("description")});
    FlowSpec f;
    f.name = r.string(o, path, QStringLiteral("name"), true);
    if (!f.name.isEmpty() && !namePattern().match(f.name).hasMatch())
        r.fail(ManifestReader::join(path, QStringLiteral("name")),
               QCoreApplication::translate(
                   "Stratus::Manifest", "'%1' is not a valid name (letters, digits, '-' and '_', at most 64)")
                   .arg(f.name));
    const QString file =
        r.string(o, path, QStringLiteral("file"), false, QStringLiteral("flows/%1.flow.json").arg(f.name));
    f.file = QDir::cleanPath(QDir(projectDir).absoluteFilePath(file));
    f.trigger = r.string(o, path, QStringLiteral("trigger"), false, QStringLiteral("flow.") + f.name);
    if (!isValidSubject(f.trigger))
        r.fail(
            ManifestReader::join(path, QStringLiteral("trigger")),
            QCoreApplication::translate("Stratus::Manifest", "'%1' is not a NATS subject without wildcards")
                .arg(f.trigger));
    f.group = r.string(o, path, QStringLiteral("group"), false, QStringLiteral("flow.") + f.name);
    f.replicas = int(r.integer(o, path, QStringLiteral("replicas"), f.replicas, 0, 64));
    f.maxConcurrency = int(r.integer(o, path, QStringLiteral("maxConcurrency"), f.maxConcurrency, 1, 100000));
    f.maxQueue = int(r.integer(o, path, QStringLiteral("maxQueue"), f.maxQueue, 0, 1000000));
    const QString record = r.string(o, path, QStringLiteral("record"), false, FlowSpec::recordName(f.record));
    if (record == FlowSpec::recordName(FlowSpec::Record::Failed))
        f.record = FlowSpec::Record::Failed;
    else if (record == FlowSpec::recordName(FlowSpec::Record::None))
        f.record = FlowSpec::Record::None;
    else if (record != FlowSpec::recordName(FlowSpec::Record::All))
        r.fail(ManifestReader::join(path, QStringLiteral("record")),
               QCoreApplication::translate("Stratus::Manifest",
                                           "must be \"all\", \"failed\" or \"none\", not \"%1\"")
                   .arg(record));
    f.description = r.string(o, path, QStringLiteral("description"), false);
    return f;
}

void readFlows(ManifestReader &r, const QJsonValue &flows, Manifest &m)
{
    if (flows.isUndefined())
        return;
    if (!flows.isArray()) {
        r.fail(QStringLiteral("flows"),
               QCoreApplication::translate("Stratus::Manifest", "must be an array of {name, ...}"));
        return;
    }
    const QJsonArray array = flows.toArray();
    QSet<QString> names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("flows[%1]").arg(i);
        if (!array[i].isObject()) {
            r.fail(path, QCoreApplication::translate("Stratus::Manifest", "must be an object"));
            continue;
        }
        FlowSpec f = readFlow(r, array[i].toObject(), path, m.projectDir);
        if (!f.name.isEmpty() && names.contains(f.name))
            r.fail(path + QStringLiteral(".name"),
                   QCoreApplication::translate("Stratus::Manifest", "'%1' is declared twice").arg(f.name));
        names.insert(f.name);
        m.flows << f;
    }
}

void readGateway(ManifestReader &r, const QJsonValue &gateway, GatewaySettings &g)
{
    if (gateway.isUndefined())
        return;
    if (!gateway.isObject()) {
        r.fail(QStringLiteral("gateway"),
               QCoreApplication::translate("Stratus::Manifest", "must be an object"));
        return;
    }
    const QJsonObject o = gateway.toObject();
    const QString path = QStringLiteral("gateway");
    r.checkKeys(o, path,
                {QStringLiteral("enabled"), QStringLiteral("host"), QStringLiteral("port"),
                 QStringLiteral("maxBodyBytes"), QStringLiteral("timeoutMs")});
    const QJsonValue enabled = o.value(QStringLiteral("enabled"));
    if (enabled.isBool())
        g.enabled = enabled.toBool();
    else if (!enabled.isUndefined())
        r.fail(ManifestReader::join(path, QStringLiteral("enabled")),
               QCoreApplication::translate("Stratus::Manifest", "must be true or false"));
    g.host = r.string(o, path, QStringLiteral("host"), false, g.host);
    g.port = int(r.integer(o, path, QStringLiteral("port"), g.port, 0, 65535));
    g.maxBodyBytes = r.integer(o, path, QStringLiteral("maxBodyBytes"), g.maxBodyBytes, 1, qint64(1) << 30);
    g.timeoutMs = int(r.integer(o, path, QStringLiteral("timeoutMs"), g.timeoutMs, 1, 24 * 3600 * 1000));
}

// Two invokers of different functions or flows on one subject would share its events.
void checkTriggersUnique(ManifestReader &r, const Manifest &m)
{
    QHash<QString, QString> owners;
    const auto claim = [&](const QString &trigger, const QString &path, const QString &owner) {
        const auto it = owners.constFind(trigger);
        if (it != owners.cend())
            r.fail(path, QCoreApplication::translate("Stratus::Manifest", "'%1' is already the trigger of %2")
                             .arg(trigger, *it));
        else
            owners.insert(trigger, owner);
    };
    for (qsizetype i = 0; i < m.functions.size(); ++i)
        claim(m.functions[i].trigger, QStringLiteral("functions[%1].trigger").arg(i),
              //: Who has the trigger, inserted into "'%1' is already the trigger of %2"; "function" and
              //: "flow" are the manifest's words
              QCoreApplication::translate("Stratus::Manifest", "function %1").arg(m.functions[i].name));
    for (qsizetype i = 0; i < m.flows.size(); ++i)
        claim(m.flows[i].trigger, QStringLiteral("flows[%1].trigger").arg(i),
              QCoreApplication::translate("Stratus::Manifest", "flow %1").arg(m.flows[i].name));
}

} // namespace

Result<Manifest> Manifest::load(const QString &projectDirOrFile)
{
    QFileInfo info(projectDirOrFile);
    const QString path = info.isDir() ? QDir(projectDirOrFile).absoluteFilePath(QLatin1String(FileName))
                                      : info.absoluteFilePath();
    QFile file(path);
    if (!file.exists())
        return makeError(
            tr("%1: no such file (a project needs a %2 manifest)").arg(path, QLatin1String(FileName)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("%1: cannot read: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

Result<Manifest> Manifest::parse(const QByteArray &text, const QString &filePath)
{
    const auto parsed = JsonLocator::parse(text, filePath);
    if (!parsed)
        return parsed.error();
    const QJsonDocument &doc = *parsed;
    ManifestReader r(text, filePath);
    Manifest m;
    m.filePath = QFileInfo(filePath).absoluteFilePath();
    m.projectDir = QFileInfo(filePath).absolutePath();
    if (!doc.isObject())
        return makeError(tr("%1:1: the manifest must be a JSON object").arg(filePath));
    const QJsonObject root = doc.object();
    r.checkKeys(root, {},
                {QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("broker"),
                 QStringLiteral("gateway"), QStringLiteral("functions"), QStringLiteral("flows"),
                 QStringLiteral("services"), QStringLiteral("recording"), QStringLiteral("description")});
    const qint64 version = r.integer(root, {}, QStringLiteral("version"), 1, 1, 1000);
    if (version != 1)
        r.fail(QStringLiteral("version"),
               tr("version %1 is newer than this workbench understands (1)").arg(version));
    m.name = r.string(root, {}, QStringLiteral("name"), false, QFileInfo(m.projectDir).fileName());

    const QJsonValue broker = root.value(QStringLiteral("broker"));
    if (broker.isObject()) {
        const QJsonObject b = broker.toObject();
        const QString path = QStringLiteral("broker");
        r.checkKeys(b, path,
                    {QStringLiteral("port"), QStringLiteral("monitorPort"), QStringLiteral("maxPayload"),
                     QStringLiteral("threads")});
        m.broker.port = int(r.integer(b, path, QStringLiteral("port"), 0, 0, 65535));
        m.broker.monitorPort = int(r.integer(b, path, QStringLiteral("monitorPort"), 0, 0, 65535));
        m.broker.maxPayload =
            r.integer(b, path, QStringLiteral("maxPayload"), m.broker.maxPayload, 1024, 64 * 1024 * 1024);
        m.broker.threads = int(r.integer(b, path, QStringLiteral("threads"), m.broker.threads, 0, 1024));
    } else if (!broker.isUndefined()) {
        r.fail(QStringLiteral("broker"), tr("must be an object"));
    }

    const QJsonValue functions = root.value(QStringLiteral("functions"));
    if (!functions.isArray()) {
        r.fail(QStringLiteral("functions"),
               functions.isUndefined() ? tr("is required (an array of functions)") : tr("must be an array"));
    } else {
        const QJsonArray array = functions.toArray();
        QSet<QString> names;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("functions[%1]").arg(i);
            if (!array[i].isObject()) {
                r.fail(path, tr("must be an object"));
                continue;
            }
            FunctionSpec f = readFunction(r, array[i].toObject(), path, m.projectDir);
            if (!f.name.isEmpty() && names.contains(f.name))
                r.fail(path + QStringLiteral(".name"), tr("'%1' is declared twice").arg(f.name));
            names.insert(f.name);
            m.functions << f;
        }
    }
    readFlows(r, root.value(QStringLiteral("flows")), m);
    readGateway(r, root.value(QStringLiteral("gateway")), m.gateway);
    readRecording(r, root.value(QStringLiteral("recording")), m.recording);
    checkTriggersUnique(r, m);
    readServices(r, root.value(QStringLiteral("services")), m);
    if (!r.errors().isEmpty())
        return makeError(r.errors().join(QLatin1Char('\n')));
    return m;
}

const FunctionSpec *Manifest::function(const QString &name) const
{
    for (const FunctionSpec &f : functions) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

const FlowSpec *Manifest::flow(const QString &name) const
{
    for (const FlowSpec &f : flows) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

} // namespace Stratus
