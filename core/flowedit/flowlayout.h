#pragma once

#include "flow.h"

#include <QHash>
#include <QPointF>
#include <QString>

namespace Stratus {

// Automatic layout of a flow, left to right (a Sugiyama-style layered drawing):
// - layers: the longest path from the sources (the start first), so every edge goes right;
//   a map's sub-path sits between the map and what follows the map;
// - order within a layer: first-seen order from the start, then barycentric sweeps to
//   reduce crossings;
// - coordinates on a 20 px grid, columns ColumnSpacing apart, rows RowSpacing apart, each
//   node pulled toward its predecessors without overlapping its neighbours.
// Deterministic (same flow, same positions) and linear-ish: 500 nodes take milliseconds.
class FlowLayout
{
public:
    static constexpr int Grid = 20;
    static constexpr int ColumnSpacing = 220; // a node box is at most NodeWidth wide
    static constexpr int RowSpacing = 100;    // and NodeHeight high
    static constexpr int NodeWidth = 180;
    static constexpr int NodeHeight = 80;

    static QHash<QString, QPointF> layered(const Flow &flow);
};

} // namespace Stratus
