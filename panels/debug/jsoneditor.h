#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Stratus {

// An input editor that checks JSON as you type: where the text stops being JSON (line and
// column) is shown under it, and Format indents it. With JSON not required (a function that
// takes plain text), anything goes and the status says it is plain text.
class JsonEditor : public QWidget
{
    Q_OBJECT
public:
    explicit JsonEditor(QWidget *parent = nullptr);

    void setText(const QByteArray &text);
    QByteArray text() const;
    void setJsonRequired(bool required);
    bool isJsonRequired() const { return m_required; }
    void setReadOnly(bool readOnly);

    bool isJson() const { return m_isJson; }
    bool isAcceptable() const { return m_isJson || !m_required; }
    QString statusText() const;
    // Indents valid JSON; false (and nothing changes) otherwise.
    bool format();

    QPlainTextEdit *editor() const { return m_edit; }
    QPushButton *formatButton() const { return m_format; }

    // "line 3, column 7: missing value" for text that is not JSON; empty when it is.
    static QString jsonError(const QByteArray &text);

signals:
    void acceptableChanged(bool acceptable);
    void edited();

private:
    void validate();

    QPlainTextEdit *m_edit;
    QLabel *m_status;
    QPushButton *m_format;
    bool m_required = true;
    bool m_isJson = false;
    bool m_acceptable = false;
};

} // namespace Stratus
