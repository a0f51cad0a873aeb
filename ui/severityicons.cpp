#include "severityicons.h"

#include "contrast.h"

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
        QPen pen(fineColor(), 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.drawPolyline(QPolygonF({QPointF(3, 8.5), QPointF(6.5, 12), QPointF(13, 4.5)}));
    });
}

// One colour serves both palettes, as the icons are drawn once: each is the lightness, at its hue,
// whose worst contrast against the light and the dark palette's base, alternate base and window
// is the highest (3.4:1), so that the icon stands out at 3:1 or more on each of them (WCAG
// 1.4.11) and its white or dark mark at 3.9:1 on it.
QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QColor(0xdc, 0x4f, 0x4f);
    case Severity::Hold: return QColor(0xa9, 0x76, 0x00);
    case Severity::Alert: return QColor(0xd0, 0x5e, 0x00);
    case Severity::Info: return QColor(0x24, 0x7f, 0xe7);
    }
    return {};
}

QColor fineColor()
{
    return QColor(0x36, 0x91, 0x3a);
}

QColor severityBackground(Severity severity, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // Asked for by every tinted cell on every paint: worked out once per palette.
    struct Tint
    {
        QRgb base = 0, text = 0;
        QColor tint;
    };
    thread_local std::array<Tint, SeverityCount> tints;
    Tint &known = tints[size_t(severity)];
    if (known.tint.isValid() && known.base == base.rgba() && known.text == text.rgba())
        return known.tint;

    const QColor icon = severityColor(severity);
    // A light palette gets a pale wash of the colour; a dark one a deeper tint. Either gives way
    // towards the base until the cell's text reads on it at 4.5:1 and its icon stands out at 3:1.
    const bool light = base.lightness() >= 128;
    QColor tint = base;
    for (int percent = light ? 13 : 28; percent > 0; --percent) {
        const QColor candidate = blend(base, icon, percent / 100.0);
        if (contrastRatio(text, candidate) >= TextContrast && contrastRatio(icon, candidate) >= GraphicContrast) {
            tint = candidate;
            break;
        }
    }
    known = Tint{base.rgba(), text.rgba(), tint};
    return tint;
}

} // namespace rb
