#include "contrast.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <vector>

namespace rb {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double ratioOfLuminances(double a, double b)
{
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

// The colour `amount` of the way from `from` to `to`, in whole 8-bit channels: what is painted.
QColor mix(const QColor &from, const QColor &to, double amount)
{
    const auto channel = [amount](int a, int b) { return qBound(0, qRound(a + (b - a) * amount), 255); };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()), channel(from.blue(), to.blue()));
}

double worstRatio(const QColor &colour, const std::vector<QColor> &backgrounds)
{
    double worst = 21.0;
    for (const QColor &background : backgrounds)
        worst = std::min(worst, contrastRatio(colour, background));
    return worst;
}

} // namespace

double relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

QColor composited(const QColor &colour, const QColor &background)
{
    const QColor c = colour.toRgb(), b = background.toRgb();
    if (c.alpha() == 255)
        return QColor(c.red(), c.green(), c.blue());
    return mix(QColor(b.red(), b.green(), b.blue()), QColor(c.red(), c.green(), c.blue()), c.alphaF());
}

double contrastRatio(const QColor &foreground, const QColor &background)
{
    const QColor ground = composited(background, Qt::white);
    return ratioOfLuminances(relativeLuminance(composited(foreground, ground)), relativeLuminance(ground));
}

QColor withContrast(const QColor &colour, const QList<QColor> &backgrounds, double ratio)
{
    std::vector<QColor> grounds;
    for (const QColor &background : backgrounds)
        grounds.push_back(composited(background, Qt::white));
    if (grounds.empty())
        return colour;
    const QColor start = composited(colour, grounds.front());
    if (worstRatio(start, grounds) >= ratio)
        return start;

    // Away from the backgrounds: towards black from light ones, towards white from dark ones.
    // Luminance 0.179 is where black and white contrast alike with a colour.
    double mean = 0;
    for (const QColor &ground : grounds)
        mean += relativeLuminance(ground);
    mean /= double(grounds.size());
    const QColor away = mean > std::sqrt(1.05 * 0.05) - 0.05 ? QColor(Qt::black) : QColor(Qt::white);
    if (worstRatio(away, grounds) < ratio) {
        const QColor other = away == QColor(Qt::black) ? QColor(Qt::white) : QColor(Qt::black);
        return worstRatio(other, grounds) > worstRatio(away, grounds) ? other : away;
    }

    // The least mix towards `away` that reaches the ratio: the contrast grows with the mix.
    double low = 0, high = 1;
    for (int i = 0; i < 24; ++i) {
        const double middle = (low + high) / 2;
        (worstRatio(mix(start, away, middle), grounds) >= ratio ? high : low) = middle;
    }
    // Rounding to whole channels can fall a hair short; step on until it does not.
    QColor result = mix(start, away, high);
    for (double amount = high; worstRatio(result, grounds) < ratio && amount < 1;) {
        amount = std::min(1.0, amount + 1.0 / 255);
        result = mix(start, away, amount);
    }
    return result;
}

} // namespace rb
