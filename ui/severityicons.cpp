#include "severityicons.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <array>
#include <vector>

namespace rb {

namespace {

// Drawn in pixels at each size views commonly ask for, including the doubled sizes of
// high-density screens, so that QIcon picks a drawing rather than scaling a small one up.
constexpr int IconSizes[] = {16, 20, 22, 24, 32, 40, 44, 48, 64};

void drawIcon(QPainter &p, Severity severity)
{
    const QColor fill = severityColor(severity);
    const QColor mark = severity == Severity::Hold || severity == Severity::Alert ? QColor(0x2b, 0x1d, 0x00)
                                                                                : QColor(Qt::white);
    // A thin dark rim keeps the light shapes visible on a light background, and the dark ones on
    // a dark background are held by their bright fill.
    const QPen rim(fill.darker(140), 0.8);
    QPen stroke(mark, 2.0, Qt::SolidLine, Qt::RoundCap);
    switch (severity) {
    case Severity::Error:
        p.setPen(rim);
        p.setBrush(fill);
        p.drawEllipse(QRectF(1, 1, 14, 14));
        p.setPen(stroke);
        p.drawLine(QPointF(5.2, 5.2), QPointF(10.8, 10.8));
        p.drawLine(QPointF(10.8, 5.2), QPointF(5.2, 10.8));
        break;
    case Severity::Hold:
        p.setPen(rim);
        p.setBrush(fill);
        p.drawEllipse(QRectF(1, 1, 14, 14));
        p.setPen(Qt::NoPen);
        p.setBrush(mark);
        p.drawRoundedRect(QRectF(5.2, 4.5, 2.0, 7.0), 0.5, 0.5);
        p.drawRoundedRect(QRectF(8.8, 4.5, 2.0, 7.0), 0.5, 0.5);
        break;
    case Severity::Alert: {
        QPainterPath triangle;
        triangle.moveTo(8, 1.2);
        triangle.lineTo(15.2, 14.4);
        triangle.lineTo(0.8, 14.4);
        triangle.closeSubpath();
        p.setPen(QPen(fill.darker(140), 0.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(fill);
        p.drawPath(triangle);
        p.setPen(stroke);
        p.drawLine(QPointF(8, 5.6), QPointF(8, 9.4));
        p.setPen(Qt::NoPen);
        p.setBrush(mark);
        p.drawEllipse(QPointF(8, 12.0), 1.1, 1.1);
        break;
    }
    case Severity::Info:
        p.setPen(rim);
        p.setBrush(fill);
        p.drawEllipse(QRectF(1, 1, 14, 14));
        p.setPen(Qt::NoPen);
        p.setBrush(mark);
        p.drawEllipse(QPointF(8, 4.9), 1.2, 1.2);
        p.drawRoundedRect(QRectF(7.0, 7.0, 2.0, 5.5), 0.6, 0.6);
        break;
    }
}

// The slots cachedDrawnIcon() has filled. Pixmaps must not outlive the application object, so
// they are emptied as it goes; a later application draws them again.
std::vector<QIcon *> &filledSlots()
{
    static std::vector<QIcon *> filled;
    return filled;
}

void clearDrawnIcons()
{
    for (QIcon *slot : filledSlots())
        *slot = QIcon();
    filledSlots().clear();
}

QColor blend(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() + (tint.redF() - base.redF()) * amount),
                            float(base.greenF() + (tint.greenF() - base.greenF()) * amount),
                            float(base.blueF() + (tint.blueF() - base.blueF()) * amount));
}

} // namespace

QIcon cachedDrawnIcon(QIcon &slot, const std::function<void(QPainter &p)> &draw)
{
    if (slot.isNull()) {
        if (filledSlots().empty())
            qAddPostRoutine(clearDrawnIcons);
        filledSlots().push_back(&slot);
        for (int size : IconSizes) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(size / 16.0, size / 16.0);
            draw(p);
            p.end();
            slot.addPixmap(pixmap);
        }
    }
    return slot;
}

QIcon severityIcon(Severity severity)
{
    static std::array<QIcon, SeverityCount> icons;
    return cachedDrawnIcon(icons[size_t(severity)], [severity](QPainter &p) { drawIcon(p, severity); });
}

QIcon acknowledgedIcon()
{
    static QIcon icon;
    return cachedDrawnIcon(icon, [](QPainter &p) {
        QPen pen(QColor(0x2e, 0x7d, 0x32), 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.drawPolyline(QPolygonF({QPointF(3, 8.5), QPointF(6.5, 12), QPointF(13, 4.5)}));
    });
}

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QColor(0xc6, 0x28, 0x28);
    case Severity::Hold: return QColor(0xf2, 0xa9, 0x00);
    case Severity::Alert: return QColor(0xef, 0x6c, 0x00);
    case Severity::Info: return QColor(0x15, 0x65, 0xc0);
    }
    return {};
}

QColor severityBackground(Severity severity, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    // A light palette gets a pale wash of the colour; a dark one a deeper tint, still dark enough
    // for its light text.
    const bool light = base.lightness() >= 128;
    return blend(base, severityColor(severity), light ? 0.13 : 0.28);
}

} // namespace rb
