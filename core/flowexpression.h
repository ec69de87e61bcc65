#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>

namespace Stratus {

// The expression language of flows (docs/flows.md, "Expressions"): a JavaScript-like subset
// over JSON values, safe by construction. There are no loops, lambdas or assignments, and the
// only functions are a fixed whitelist with no access to files, network, clock or environment,
// so evaluation time is bounded by expression size times data size; the guards below bound
// the rest. Parsed once to an immutable AST: copies share it, and evaluate() is const and
// keeps no state, so one expression may be evaluated from several threads at once.
class FlowExpression
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::FlowExpression)

public:
    static constexpr int MaxSourceLength = 4096; // characters
    static constexpr int MaxDepth = 64;          // nested brackets, calls, unary operators, ?:
    static constexpr qint64 MaxSteps = 1000000;  // nodes evaluated + elements functions touch
    static constexpr qsizetype MaxResultSize =
        16 * 1024 * 1024; // characters of a string, elements of an array

    // allowedVariables empty = accept any identifier as a variable (unknown ones evaluate to null)
    static Result<FlowExpression> parse(const QString &source,
                                        const QStringList &allowedVariables = {QStringLiteral("input")});
    // Errors say where: "at column 7: division by zero".
    Result<QJsonValue> evaluate(const QJsonValue &input,
                                const QHash<QString, QJsonValue> &variables = {}) const;
    static bool isTruthy(const QJsonValue &v); // like JavaScript: false, 0, NaN, "", null are false
    QString source() const;
    bool isNull() const; // default-constructed
    FlowExpression();    // null expression; evaluates to null

    // Names of the functions expressions may call, sorted (for docs, completion, tests).
    static QStringList functionNames();

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
    QString m_source;
};

} // namespace Stratus
