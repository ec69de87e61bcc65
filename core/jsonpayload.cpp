#include "jsonpayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace Stratus::JsonPayload {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

QJsonValue toValue(QByteArrayView bytes)
{
    qsizetype first = 0;
    while (first < bytes.size() && isSpace(bytes[first]))
        ++first;
    if (first == bytes.size())
        return bytes.isEmpty() ? QJsonValue() : QJsonValue(QString::fromUtf8(bytes));
    QJsonParseError error;
    const char c = bytes[first];
    if (c == '{' || c == '[') {
        const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
        if (error.error == QJsonParseError::NoError)
            return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    } else if (c == '"' || c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n') {
        // QJsonDocument takes only objects and arrays: parse a scalar as the element of one.
        QByteArray wrapped;
        wrapped.reserve(bytes.size() + 2);
        wrapped.append('[').append(bytes.data(), bytes.size()).append(']');
        const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
        if (error.error == QJsonParseError::NoError && doc.array().size() == 1)
            return doc.array().first();
    }
    return QJsonValue(QString::fromUtf8(bytes));
}

QByteArray toPayload(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toUtf8();
    if (value.isNull() || value.isUndefined())
        return QByteArray();
    return toJson(value);
}

QByteArray toJson(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isUndefined())
        return QByteArrayLiteral("null");
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace Stratus::JsonPayload
