#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>

// How flow data (JSON values) and message payloads (bytes) meet (docs/flows.md, "Data").
namespace Stratus::JsonPayload {

// A payload as data: its JSON value when it is JSON, else a string holding its text, so a
// function that prints plain text still gives a value. An empty payload is null.
QJsonValue toValue(QByteArrayView bytes);
// Data as a payload: a string as its own text, anything else as compact JSON; the inverse of
// toValue for what functions usually send.
QByteArray toPayload(const QJsonValue &value);
// Compact JSON of any value, strings quoted (for records and traces).
QByteArray toJson(const QJsonValue &value);

} // namespace Stratus::JsonPayload
