#include "eventrecorder.h"

#include "kvbucket.h"

#include <QByteArray>
#include <QList>

namespace Stratus {

namespace {

struct StreamInfoDeleter
{
    void operator()(jsStreamInfo *si) const { jsStreamInfo_Destroy(si); }
};
using StreamInfoPtr = std::unique_ptr<jsStreamInfo, StreamInfoDeleter>;

constexpr int64_t NanosPerSecond = 1000LL * 1000 * 1000;
constexpr int JsErrStreamNotFound = 10059;
constexpr int JsErrStreamNameInUse = 10058;

QString streamText()
{
    return QLatin1String(EventRecorder::StreamName);
}

bool isPaused(const jsStreamConfig *config)
{
    return config->SubjectsLen == 1 &&
           QByteArray(config->Subjects[0]) == QByteArray(EventRecorder::PausedSubject);
}

Result<StreamInfoPtr> streamInfo(jsCtx *js)
{
    jsStreamInfo *raw = nullptr;
    jsErrCode code = jsErrCode(0);
    const natsStatus s = js_GetStreamInfo(&raw, js, EventRecorder::StreamName, nullptr, &code);
    StreamInfoPtr info(raw);
    if (s == NATS_NOT_FOUND || int(code) == JsErrStreamNotFound)
        return makeError(EventRecorder::tr("nothing is recorded: the stream %1 does not exist (it is created "
                                           "when the cluster starts; is the cluster running this build?)")
                             .arg(streamText()));
    if (s != NATS_OK)
        return makeError(
            EventRecorder::tr("cannot read the stream %1: %2").arg(streamText(), KvBucket::lastErrorText(s)));
    return info;
}

// What an update of the stream is for: its failure says so.
enum class Update { Limits, Pause, Resume };

Status update(jsCtx *js, jsStreamConfig *config, Update what)
{
    jsStreamInfo *updated = nullptr;
    jsErrCode code = jsErrCode(0);
    const natsStatus s = js_UpdateStream(&updated, js, config, nullptr, &code);
    jsStreamInfo_Destroy(updated);
    if (s == NATS_OK)
        return Ok{};
    const QString error = KvBucket::lastErrorText(s);
    switch (what) {
    case Update::Limits:
        return makeError(
            EventRecorder::tr("cannot set the limits of the stream %1: %2").arg(streamText(), error));
    case Update::Pause:
        return makeError(EventRecorder::tr("cannot pause the stream %1: %2").arg(streamText(), error));
    case Update::Resume:
        break;
    }
    return makeError(EventRecorder::tr("cannot resume the stream %1: %2").arg(streamText(), error));
}

} // namespace

Result<EventRecorder> EventRecorder::open(natsConnection *conn)
{
    auto js = KvBucket::jetStream(conn, 10000);
    if (!js)
        return js.error();
    return EventRecorder(std::move(*js));
}

Status EventRecorder::ensureStream(const RecordingSettings &limits) const
{
    jsStreamInfo *raw = nullptr;
    jsErrCode code = jsErrCode(0);
    natsStatus s = js_GetStreamInfo(&raw, m_js.get(), StreamName, nullptr, &code);
    StreamInfoPtr info(raw);
    const int64_t maxAge = limits.maxAgeSeconds * NanosPerSecond;
    if (s == NATS_NOT_FOUND || int(code) == JsErrStreamNotFound) {
        const char *subjects[] = {RecordsSubjects, RunsSubjects};
        jsStreamConfig cfg;
        jsStreamConfig_Init(&cfg);
        cfg.Name = StreamName;
        cfg.Description = "Stratus: recorded invocations and flow runs (docs/debugger.md)";
        cfg.Subjects = subjects;
        cfg.SubjectsLen = 2;
        cfg.Storage = js_FileStorage; // survives a restart of the broker
        cfg.Retention = js_LimitsPolicy;
        cfg.Discard = js_DiscardOld; // the newest events matter most: old ones make room
        cfg.MaxBytes = limits.maxBytes;
        cfg.MaxAge = maxAge;
        cfg.MaxMsgs = limits.maxMessages;
        cfg.Replicas = 1;
        cfg.AllowDirect = true;
        jsStreamInfo *created = nullptr;
        s = js_AddStream(&created, m_js.get(), &cfg, nullptr, &code);
        jsStreamInfo_Destroy(created);
        if (s != NATS_OK && int(code) != JsErrStreamNameInUse)
            return makeError(
                tr("cannot create the stream %1: %2").arg(streamText(), KvBucket::lastErrorText(s)));
        return Ok{};
    }
    if (s != NATS_OK)
        return makeError(
            tr("cannot look up the stream %1: %2").arg(streamText(), KvBucket::lastErrorText(s)));
    jsStreamConfig *config = info->Config;
    if (config->MaxBytes == limits.maxBytes && config->MaxAge == maxAge &&
        config->MaxMsgs == limits.maxMessages)
        return Ok{};
    config->MaxBytes = limits.maxBytes;
    config->MaxAge = maxAge;
    config->MaxMsgs = limits.maxMessages;
    return update(m_js.get(), config, Update::Limits);
}

Result<EventRecorder::State> EventRecorder::state() const
{
    auto info = streamInfo(m_js.get());
    if (!info)
        return info.error();
    const jsStreamInfo *i = info->get();
    State st;
    st.paused = isPaused(i->Config);
    st.messages = i->State.Msgs;
    st.bytes = qint64(i->State.Bytes);
    st.firstSequence = i->State.FirstSeq;
    st.lastSequence = i->State.LastSeq;
    st.limits.maxBytes = i->Config->MaxBytes;
    st.limits.maxAgeSeconds = i->Config->MaxAge / NanosPerSecond;
    st.limits.maxMessages = i->Config->MaxMsgs;
    return st;
}

Status EventRecorder::setSubjects(bool paused) const
{
    auto info = streamInfo(m_js.get());
    if (!info)
        return info.error();
    jsStreamConfig *config = (*info)->Config;
    if (isPaused(config) == paused)
        return Ok{};
    const char *recording[] = {RecordsSubjects, RunsSubjects};
    const char *parked[] = {PausedSubject};
    // The config's own subjects array belongs to the info: point elsewhere only for the
    // update, then back, so jsStreamInfo_Destroy frees what it allocated.
    const char **own = config->Subjects;
    const int ownLen = config->SubjectsLen;
    config->Subjects = paused ? parked : recording;
    config->SubjectsLen = paused ? 1 : 2;
    const Status s = update(m_js.get(), config, paused ? Update::Pause : Update::Resume);
    config->Subjects = own;
    config->SubjectsLen = ownLen;
    return s;
}

Status EventRecorder::pause() const
{
    return setSubjects(true);
}

Status EventRecorder::resume() const
{
    return setSubjects(false);
}

Status EventRecorder::clear() const
{
    jsErrCode code = jsErrCode(0);
    const natsStatus s = js_PurgeStream(m_js.get(), StreamName, nullptr, &code);
    if (s != NATS_OK)
        return makeError(tr("cannot clear the stream %1: %2").arg(streamText(), KvBucket::lastErrorText(s)));
    return Ok{};
}

} // namespace Stratus
