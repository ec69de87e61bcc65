#include "jsoneditor.h"

#include "jsondiff.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stratus {

JsonEditor::JsonEditor(QWidget *parent)
    : QWidget(parent), m_edit(new QPlainTextEdit), m_status(new QLabel),
      m_format(new QPushButton(tr("Format")))
{
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setObjectName(QStringLiteral("jsonEditorText"));
    m_status->setObjectName(QStringLiteral("jsonEditorStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_format->setToolTip(tr("Indent the JSON"));
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_format);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addLayout(bottom);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        validate();
        emit edited();
    });
    connect(m_format, &QPushButton::clicked, this, &JsonEditor::format);
    validate();
}

void JsonEditor::setText(const QByteArray &text)
{
    m_edit->setPlainText(QString::fromUtf8(text));
}

QByteArray JsonEditor::text() const
{
    return m_edit->toPlainText().toUtf8();
}

void JsonEditor::setJsonRequired(bool required)
{
    m_required = required;
    validate();
}

void JsonEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_format->setEnabled(!readOnly && m_isJson);
}

QString JsonEditor::jsonError(const QByteArray &text)
{
    QJsonValue value;
    if (JsonDiff::parse(text, &value))
        return {};
    if (text.trimmed().isEmpty())
        return tr("empty: an event needs a JSON value, e.g. {}");
    // Objects and arrays are parsed as they are, for the parser's own words about them;
    // anything else wrapped in an array as JsonDiff::parse does (one character more).
    const QByteArray trimmed = text.trimmed();
    const bool container = trimmed.startsWith('{') || trimmed.startsWith('[');
    QJsonParseError error;
    qsizetype lead = 0;
    while (lead < text.size() && QChar::isSpace(uchar(text.at(lead))))
        ++lead;
    QJsonDocument::fromJson(container ? trimmed : "[" + trimmed + "]", &error);
    // The parser's offset is just past the character it stumbled on.
    const qsizetype offset =
        std::clamp<qsizetype>(error.offset - 1 - (container ? 0 : 1) + lead, 0, text.size());
    const QByteArray before = text.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return tr("line %1, column %2: %3").arg(line).arg(column).arg(error.errorString());
}

QString JsonEditor::statusText() const
{
    return m_status->text();
}

void JsonEditor::validate()
{
    const QByteArray bytes = text();
    const QString error = jsonError(bytes);
    m_isJson = error.isEmpty();
    if (m_isJson)
        m_status->setText(tr("valid JSON, %1 bytes").arg(bytes.size()));
    else if (m_required)
        m_status->setText(tr("not JSON: %1").arg(error));
    else
        m_status->setText(
            tr("plain text, %1 bytes (this function's recorded input was not JSON)").arg(bytes.size()));
    m_status->setStyleSheet(isAcceptable() ? QString() : QStringLiteral("color: #b02020;"));
    m_format->setEnabled(m_isJson && !m_edit->isReadOnly());
    if (isAcceptable() != m_acceptable) {
        m_acceptable = isAcceptable();
        emit acceptableChanged(m_acceptable);
    }
}

bool JsonEditor::format()
{
    QJsonValue value;
    if (!JsonDiff::parse(text(), &value))
        return false;
    QByteArray pretty;
    if (value.isObject())
        pretty = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    else if (value.isArray())
        pretty = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else
        pretty = JsonDiff::compact(value).toUtf8();
    setText(pretty.trimmed());
    return true;
}

} // namespace Stratus
