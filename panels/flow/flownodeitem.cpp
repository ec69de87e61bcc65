#include "flownodeitem.h"

#include "flowedgeitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPixmap>
#include <QStyleOptionGraphicsItem>

namespace Stratus {

namespace {

constexpr qreal PortRadius = 5;
constexpr qreal PortHitRadius = 10;
constexpr qreal Radius = 6;
constexpr qreal StartMarkerRoom = 28;
// Below this zoom the text is unreadable anyway: draw a plain box (level of detail).
constexpr qreal DetailZoom = 0.45;

const QFont &titleFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPointSizeF(9.5);
        f.setBold(true);
        return f;
    }();
    return font;
}

const QFont &smallFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPointSizeF(8);
        return f;
    }();
    return font;
}

const QFont &glyphFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPointSizeF(11);
        f.setBold(true);
        return f;
    }();
    return font;
}

QColor runColor(FlowOverlay::RunState state)
{
    switch (state) {
    case FlowOverlay::RunState::Waiting:
        return QColor(0x9c, 0xa3, 0xaf);
    case FlowOverlay::RunState::Running:
        return QColor(0x25, 0x63, 0xeb);
    case FlowOverlay::RunState::Succeeded:
        return QColor(0x16, 0xa3, 0x4a);
    case FlowOverlay::RunState::Failed:
        return QColor(0xdc, 0x26, 0x26);
    case FlowOverlay::RunState::Skipped:
        return QColor(0xb0, 0xb0, 0xb0);
    case FlowOverlay::RunState::Paused:
        return QColor(0xf5, 0x9e, 0x0b);
    case FlowOverlay::RunState::None:
        break;
    }
    return {};
}

QString durationText(qint64 us)
{
    if (us < 0)
        return {};
    if (us < 1000)
        return QStringLiteral("%1 µs").arg(us);
    if (us < 10'000'000)
        return QStringLiteral("%1 ms").arg(double(us) / 1000.0, 0, 'f', us < 10'000 ? 1 : 0);
    return QStringLiteral("%1 s").arg(double(us) / 1e6, 0, 'f', 1);
}

QStaticText prepared(const QString &text, const QFont &font)
{
    QStaticText st(text);
    st.setTextFormat(Qt::PlainText);
    st.setPerformanceHint(QStaticText::AggressiveCaching);
    st.prepare(QTransform(), font);
    return st;
}

} // namespace

FlowNodeItem::FlowNodeItem(const FlowNode &node, bool ghost) : m_node(node), m_ghost(ghost)
{
    setFlags(ghost ? GraphicsItemFlags() : (ItemIsSelectable | ItemSendsGeometryChanges));
    // Panning and repainting other items then blits the node instead of drawing it again.
    setCacheMode(DeviceCoordinateCache);
    setAcceptHoverEvents(false);
    setZValue(ghost ? 0.5 : 1);
    if (ghost)
        setOpacity(0.45);
    setPos(node.position);
    refresh();
}

void FlowNodeItem::setNode(const FlowNode &node)
{
    const bool moved = node.position != m_node.position;
    if (node == m_node)
        return;
    if (node.kind != m_node.kind)
        prepareGeometryChange();
    m_node = node;
    if (moved)
        setPos(node.position);
    refresh();
}

void FlowNodeItem::setStart(bool start)
{
    if (m_start == start)
        return;
    m_start = start;
    update();
}

void FlowNodeItem::setMarks(const FlowOverlay::NodeMarks &marks)
{
    if (m_marks == marks)
        return;
    m_marks = marks;
    refresh();
}

void FlowNodeItem::setProblems(const QList<FlowProblem> &problems)
{
    auto same = [](const QList<FlowProblem> &a, const QList<FlowProblem> &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (a[i].message != b[i].message || a[i].severity != b[i].severity)
                return false;
        return true;
    };
    if (same(m_problems, problems))
        return;
    m_problems = problems;
    refresh();
}

void FlowNodeItem::refresh()
{
    m_color = kindColor(m_node.kind);
    const QFontMetricsF title(titleFont());
    const QFontMetricsF small(smallFont());
    const qreal textWidth = Width - 40;
    const QString name = m_node.label.isEmpty() ? m_node.id : m_node.label;
    m_title = prepared(title.elidedText(name, Qt::ElideRight, textWidth), titleFont());

    QString sub;
    switch (m_node.kind) {
    case FlowNodeKind::Function:
        sub = m_node.function.isEmpty() ? tr("(no function)") : m_node.function;
        break;
    case FlowNodeKind::Modify:
    case FlowNodeKind::End:
        sub = m_node.expression.isEmpty() ? kindTitle(m_node.kind) : m_node.expression;
        break;
    case FlowNodeKind::Map:
        sub = tr("each of %1").arg(m_node.expression.isEmpty() ? QStringLiteral("input") : m_node.expression);
        break;
    default:
        sub = kindTitle(m_node.kind);
        break;
    }
    if (!m_node.label.isEmpty())
        sub = m_node.id + QStringLiteral(" · ") + sub;
    m_subtitle = prepared(small.elidedText(sub, Qt::ElideRight, textWidth), smallFont());
    m_glyph = prepared(kindGlyph(m_node.kind), glyphFont());
    const QFontMetricsF glyph(glyphFont());
    m_glyphSize = QSizeF(glyph.horizontalAdvance(kindGlyph(m_node.kind)), glyph.height());
    QString duration = durationText(m_marks.durationUs);
    m_duration = prepared(duration, smallFont());

    m_hasErrors = false;
    QStringList lines;
    for (const FlowProblem &problem : std::as_const(m_problems)) {
        m_hasErrors = m_hasErrors || problem.severity == FlowProblem::Severity::Error;
        lines << (problem.severity == FlowProblem::Severity::Error ? tr("error: %1") : tr("warning: %1"))
                     .arg(problem.message);
    }
    const QString badge = m_problems.isEmpty() ? QString() : QString::number(m_problems.size());
    m_badge = prepared(badge, smallFont());
    m_badgeSize = QSizeF(small.horizontalAdvance(badge), small.height());

    QString tip = QStringLiteral("%1 (%2)").arg(m_node.id, kindTitle(m_node.kind));
    if (m_node.kind == FlowNodeKind::Function && !m_node.function.isEmpty())
        tip += QLatin1Char('\n') + tr("calls %1").arg(m_node.function);
    if (!m_marks.runText.isEmpty())
        tip += QLatin1Char('\n') + m_marks.runText;
    if (m_marks.breakpoint)
        tip += QLatin1Char('\n') + (m_marks.breakpointCondition.isEmpty()
                                        ? tr("breakpoint")
                                        : tr("breakpoint when %1").arg(m_marks.breakpointCondition));
    if (!lines.isEmpty())
        tip += QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    setToolTip(tip);
    restyle();
    update();
}

void FlowNodeItem::restyle()
{
    // Pens and brushes for paint(), so painting allocates nothing.
    const FlowOverlay::RunState run = m_marks.run;
    const bool skipped = run == FlowOverlay::RunState::Skipped;
    const bool selected = isSelected();
    QColor fill = QColor(0xff, 0xff, 0xff);
    QColor border = m_color.darker(115);
    qreal borderWidth = 1.2;
    Qt::PenStyle borderStyle = Qt::SolidLine;
    if (run != FlowOverlay::RunState::None) {
        border = runColor(run);
        borderWidth = run == FlowOverlay::RunState::Waiting ? 1.5 : 3;
        if (run == FlowOverlay::RunState::Succeeded)
            fill = QColor(0xec, 0xfd, 0xf3);
        else if (run == FlowOverlay::RunState::Failed)
            fill = QColor(0xfe, 0xf2, 0xf2);
        else if (run == FlowOverlay::RunState::Paused)
            fill = QColor(0xff, 0xfb, 0xeb);
    }
    if (m_marks.diff == FlowOverlay::DiffMark::Added) {
        border = QColor(0x16, 0xa3, 0x4a);
        borderWidth = 2.5;
    } else if (m_marks.diff == FlowOverlay::DiffMark::Changed) {
        border = QColor(0xd9, 0x77, 0x06);
        borderWidth = 2.5;
    }
    if (m_ghost || skipped || m_marks.diff == FlowOverlay::DiffMark::Removed)
        borderStyle = Qt::DashLine;
    if (m_marks.current) {
        border = QColor(0xf5, 0x9e, 0x0b);
        borderWidth = 4;
    }
    if (selected) {
        border = QColor(0x1d, 0x4e, 0xd8);
        borderWidth = std::max<qreal>(borderWidth, 2.5);
    }
    m_pen = QPen(border, borderWidth, borderStyle);
    m_lodPen = QPen(border, borderWidth * 2, borderStyle);
    m_fill = fill;
    m_lodFill = m_color.lighter(140);
}

bool FlowNodeItem::hasPort(Port port) const
{
    switch (port) {
    case Port::Input:
        return true;
    case Port::Output:
        return m_node.kind != FlowNodeKind::End;
    case Port::Error:
        return m_node.kind == FlowNodeKind::Function || m_node.kind == FlowNodeKind::Modify ||
               m_node.kind == FlowNodeKind::Map;
    case Port::Body:
        return m_node.kind == FlowNodeKind::Map;
    case Port::None:
        break;
    }
    return false;
}

QPointF FlowNodeItem::portPos(Port port) const
{
    switch (port) {
    case Port::Input:
        return {0, Height / 2};
    case Port::Output:
        return {Width, Height / 2};
    case Port::Error:
        return {Width - 24, Height};
    case Port::Body:
        return {Width / 2, Height};
    case Port::None:
        break;
    }
    return {};
}

FlowNodeItem::Port FlowNodeItem::portAt(const QPointF &itemPos) const
{
    for (Port port : {Port::Output, Port::Error, Port::Body, Port::Input}) {
        if (!hasPort(port))
            continue;
        const QPointF d = itemPos - portPos(port);
        if (d.x() * d.x() + d.y() * d.y() <= PortHitRadius * PortHitRadius)
            return port;
    }
    return Port::None;
}

FlowEdgeKind FlowNodeItem::edgeKindOf(Port port)
{
    switch (port) {
    case Port::Error:
        return FlowEdgeKind::Error;
    case Port::Body:
        return FlowEdgeKind::Body;
    default:
        return FlowEdgeKind::Next;
    }
}

FlowNodeItem::Port FlowNodeItem::portOf(FlowEdgeKind kind)
{
    switch (kind) {
    case FlowEdgeKind::Error:
        return Port::Error;
    case FlowEdgeKind::Body:
        return Port::Body;
    case FlowEdgeKind::Next:
        break;
    }
    return Port::Output;
}

void FlowNodeItem::attach(FlowEdgeItem *edge)
{
    if (!m_edges.contains(edge))
        m_edges.append(edge);
}

void FlowNodeItem::detach(FlowEdgeItem *edge)
{
    m_edges.removeAll(edge);
}

QRectF FlowNodeItem::boundingRect() const
{
    // Room for the start marker and the ports, the badges on the corners and the duration above.
    return QRectF(-StartMarkerRoom, -20, Width + StartMarkerRoom + PortHitRadius,
                  Height + 20 + PortHitRadius);
}

QPainterPath FlowNodeItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(-PortHitRadius, 0, Width + 2 * PortHitRadius, Height + PortHitRadius));
    return path;
}

QVariant FlowNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        for (FlowEdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
    else if (change == ItemSelectedHasChanged)
        restyle();
    return QGraphicsItem::itemChange(change, value);
}

void FlowNodeItem::paintPort(QPainter *painter, Port port, const QColor &color) const
{
    if (!hasPort(port))
        return;
    painter->setBrush(color);
    painter->drawEllipse(portPos(port), PortRadius, PortRadius);
}

void FlowNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF box(0, 0, Width, Height);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const FlowOverlay::RunState run = m_marks.run;
    const bool skipped = run == FlowOverlay::RunState::Skipped;

    if (skipped)
        painter->setOpacity(0.5);

    if (lod < DetailZoom) {
        // Level of detail: the kind's colour and the state's border, no text, no ports.
        painter->setPen(m_lodPen);
        painter->setBrush(m_lodFill);
        painter->drawRect(box);
        if (!m_problems.isEmpty()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(m_hasErrors ? QColor(0xdc, 0x26, 0x26) : QColor(0xd9, 0x77, 0x06));
            painter->drawRect(QRectF(Width - 24, 0, 24, 24));
        }
        return;
    }

    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(m_pen);
    painter->setBrush(m_fill);
    painter->drawRoundedRect(box, Radius, Radius);
    // The kind's colour band with its glyph.
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_color);
    painter->drawRoundedRect(QRectF(4, 4, 26, Height - 8), 4, 4);
    painter->setPen(Qt::white);
    painter->setFont(glyphFont());
    const QSizeF glyphSize = m_glyphSize;
    painter->drawStaticText(QPointF(17 - glyphSize.width() / 2, Height / 2 - glyphSize.height() / 2),
                            m_glyph);

    painter->setPen(QColor(0x11, 0x18, 0x27));
    painter->setFont(titleFont());
    painter->drawStaticText(QPointF(36, 9), m_title);
    painter->setPen(QColor(0x4b, 0x55, 0x63));
    painter->setFont(smallFont());
    painter->drawStaticText(QPointF(36, 30), m_subtitle);

    // Ports: input left, output right, error (red) and body (violet) below.
    static const QPen portPen(QColor(0x37, 0x41, 0x51), 1);
    static const QPen errorPortPen(QColor(0xdc, 0x26, 0x26), 1);
    static const QPen markPen(Qt::white, 2);
    static const QPen breakpointPen(Qt::white, 1.5);
    painter->setPen(portPen);
    paintPort(painter, Port::Input, QColor(0xf3, 0xf4, 0xf6));
    paintPort(painter, Port::Output, QColor(0x6b, 0x72, 0x80));
    painter->setPen(errorPortPen);
    paintPort(painter, Port::Error, QColor(0xfe, 0xca, 0xca));
    paintPort(painter, Port::Body, QColor(0x8b, 0x5c, 0xf6));

    if (m_start) {
        // The start node: a green triangle pointing into its input.
        const QPointF in = portPos(Port::Input);
        const QPointF tri[3] = {in + QPointF(-24, -9), in + QPointF(-24, 9), in + QPointF(-9, 0)};
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x16, 0xa3, 0x4a));
        painter->drawPolygon(tri, 3);
    }
    if (m_marks.breakpoint) {
        painter->setPen(breakpointPen);
        painter->setBrush(QColor(0xdc, 0x26, 0x26));
        painter->drawEllipse(QPointF(0, 0), 6, 6);
    }
    if (!m_problems.isEmpty()) {
        // A corner badge with the count; the tooltip lists the problems.
        const QRectF badge(Width - 20, -8, 24, 16);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_hasErrors ? QColor(0xdc, 0x26, 0x26) : QColor(0xd9, 0x77, 0x06));
        painter->drawRoundedRect(badge, 8, 8);
        painter->setPen(Qt::white);
        painter->setFont(smallFont());
        painter->drawStaticText(badge.center() - QPointF(m_badgeSize.width() / 2, m_badgeSize.height() / 2),
                                m_badge);
    }
    if (m_marks.diff == FlowOverlay::DiffMark::Added || m_marks.diff == FlowOverlay::DiffMark::Changed ||
        m_marks.diff == FlowOverlay::DiffMark::Removed) {
        const QColor color = m_marks.diff == FlowOverlay::DiffMark::Added     ? QColor(0x16, 0xa3, 0x4a)
                             : m_marks.diff == FlowOverlay::DiffMark::Changed ? QColor(0xd9, 0x77, 0x06)
                                                                              : QColor(0x6b, 0x72, 0x80);
        const QRectF mark(Width - 48, -8, 16, 16);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(mark);
        painter->setPen(markPen);
        const QPointF c = mark.center();
        if (m_marks.diff == FlowOverlay::DiffMark::Changed) {
            QPainterPath tilde(c + QPointF(-4.5, 1));
            tilde.cubicTo(c + QPointF(-2, -4), c + QPointF(1, 4), c + QPointF(4.5, -1));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(tilde);
        } else {
            painter->drawLine(c + QPointF(-4, 0), c + QPointF(4, 0));
            if (m_marks.diff == FlowOverlay::DiffMark::Added)
                painter->drawLine(c + QPointF(0, -4), c + QPointF(0, 4));
        }
    }
    if (!m_duration.text().isEmpty()) {
        painter->setPen(runColor(run).darker(120));
        painter->setFont(smallFont());
        painter->drawStaticText(QPointF(4, -17), m_duration);
    }
}

QColor FlowNodeItem::kindColor(FlowNodeKind kind)
{
    switch (kind) {
    case FlowNodeKind::Function:
        return QColor(0x25, 0x63, 0xeb);
    case FlowNodeKind::Modify:
        return QColor(0x0d, 0x94, 0x88);
    case FlowNodeKind::Choice:
        return QColor(0xd9, 0x77, 0x06);
    case FlowNodeKind::Parallel:
        return QColor(0x7c, 0x3a, 0xed);
    case FlowNodeKind::Join:
        return QColor(0x4f, 0x46, 0xe5);
    case FlowNodeKind::Map:
        return QColor(0xdb, 0x27, 0x77);
    case FlowNodeKind::End:
        return QColor(0x47, 0x55, 0x69);
    }
    return Qt::gray;
}

QString FlowNodeItem::kindGlyph(FlowNodeKind kind)
{
    switch (kind) {
    case FlowNodeKind::Function:
        return QStringLiteral("ƒ");
    case FlowNodeKind::Modify:
        return QStringLiteral("{}");
    case FlowNodeKind::Choice:
        return QStringLiteral("?");
    case FlowNodeKind::Parallel:
        return QStringLiteral("⇉");
    case FlowNodeKind::Join:
        return QStringLiteral("⋈");
    case FlowNodeKind::Map:
        return QStringLiteral("↻");
    case FlowNodeKind::End:
        return QStringLiteral("■");
    }
    return {};
}

QIcon FlowNodeItem::kindIcon(FlowNodeKind kind)
{
    QPixmap pixmap(20, 20);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(kindColor(kind));
    painter.drawRoundedRect(QRectF(1, 1, 18, 18), 4, 4);
    painter.setPen(Qt::white);
    QFont font = glyphFont();
    font.setPointSizeF(9);
    painter.setFont(font);
    painter.drawText(QRectF(0, 0, 20, 20), Qt::AlignCenter, kindGlyph(kind));
    return QIcon(pixmap);
}

QString FlowNodeItem::kindTitle(FlowNodeKind kind)
{
    switch (kind) {
    case FlowNodeKind::Function:
        return tr("Function");
    case FlowNodeKind::Modify:
        return tr("Modify");
    case FlowNodeKind::Choice:
        return tr("Choice");
    case FlowNodeKind::Parallel:
        return tr("Parallel");
    case FlowNodeKind::Join:
        return tr("Join");
    case FlowNodeKind::Map:
        return tr("Map");
    case FlowNodeKind::End:
        return tr("End");
    }
    return {};
}

} // namespace Stratus
